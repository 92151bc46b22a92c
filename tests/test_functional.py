"""
Functional suites: the coder on annotated Arabic records, scored as
``eventcoder evaluate`` scores them (see docs/evaluation.md).

Each suite is one test that scores the whole file and compares the headline
figures with a floor; on failure the message is the full report: the table by
CAMEO root, then every miss and false event with its record id and the reason
read from the coder's trace. Raise a floor when the coder gets better, so
that it cannot get worse unnoticed.
"""
from __future__ import annotations

import pytest

from eventcoder.evaluate import evaluate_file, format_report, score

from .conftest import DATA, GOLD

#: tests/data/functional.jsonl: lowest root-level F1 and precision (measured 0.873 and 0.990, recall 0.781; the
#: target in DESIGN.md is 0.85 for both). Raise them as the coder improves.
FLOOR = 0.80
FUNCTIONAL_PRECISION_FLOOR = 0.96
#: tests/data/heldout-news*.jsonl: wire news annotated by people who saw neither the code nor the dictionaries
#: (measured recall 0.771, 0.634, 0.683, 0.719, 0.690, 0.591, 0.637, 0.608, 0.445, 0.576, 0.541, 0.517, 0.559, 0.425,
#: 0.558, 0.564, 0.467, 0.446, 0.489, 0.649, 0.515, 0.455, 0.440, 0.629, 0.497, 0.514, 0.617, 0.577, 0.600, 0.647,
#: 0.466, 0.527, 0.588, 0.404, 0.584, 0.560, 0.497, 0.575, 0.528, 0.593, 0.785, 0.523, 0.659, 0.604, 0.578, 0.672,
#: 0.579, 0.495, 0.628, 0.503, 0.500, 0.506, 0.441, 0.440, 0.493, 0.408, 0.663, 0.471, 0.553, 0.460, 0.520, 0.610,
#: 0.569, 0.497, 0.656, 0.470, 0.529, 0.497, 0.401, 0.519, 0.542, 0.439, 0.533, 0.518, 0.518, 0.506, 0.599, 0.438,
#: 0.466, 0.514, 0.479, 0.511, 0.561, 0.468, 0.542, 0.524, 0.460, 0.573, 0.425, 0.514, 0.386, 0.538, 0.599, 0.535,
#: 0.400, 0.485, 0.432, 0.494, 0.519, 0.414, 0.385, 0.494, 0.468, 0.432, 0.462, 0.556, 0.500, 0.433, 0.395, 0.416,
#: 0.385, 0.382, 0.546, 0.461 and 0.623, precision 0.972, 0.982, 0.959, 0.970, 0.949, 0.956, 0.909, 0.924, 0.907,
#: 0.926, 0.870, 0.922, 0.947, 0.919, 0.925, 0.906, 0.946, 0.902, 0.886, 0.939, 0.915, 0.870, 0.878, 0.880, 0.890,
#: 0.932, 0.920, 0.932, 0.890, 0.950, 0.871, 0.891, 0.934, 0.916, 0.879, 0.911, 0.813, 0.871, 0.806, 0.884, 0.962,
#: 0.843, 0.905, 0.907, 0.899, 0.928, 0.919, 0.940, 0.846, 0.838, 0.933, 0.915, 0.840, 0.828, 0.911, 0.964, 0.884,
#: 0.870, 0.875, 0.819, 0.892, 0.946, 0.908, 0.894, 0.922, 0.836, 0.840, 0.883, 0.836, 0.815, 0.861, 0.881, 0.901,
#: 0.810, 0.882, 0.863, 0.860, 0.857, 0.866, 0.917, 0.911, 0.919, 0.902, 0.906, 0.921, 0.854, 0.900, 0.890, 0.942,
#: 0.944, 0.937, 0.865, 0.910, 0.941, 0.881, 0.810, 0.937, 0.924, 0.966, 0.903, 0.914, 0.869, 0.885, 0.955, 0.887,
#: 0.916, 0.887, 0.884, 0.889, 0.872, 0.796, 0.961, 0.885, 0.866 and 0.969; the third set holds whole articles of 2-5
#: sentences, the fourth paragraphs and articles of 4-6, the fifth to ninety-ninth both, the sixth routine rather than
#: headline news, the seventh political and diplomatic wires, the eighth conflict reporting, the ninth domestic
#: politics, the tenth economic and humanitarian diplomacy, the eleventh humanitarian affairs and human rights, the
#: twelfth North Africa, the Sahel and the Horn, the thirteenth the Gulf, Iran, Iraq, Turkey and the Red Sea, the
#: fourteenth the Levant, the fifteenth world news in Arabic media, the sixteenth Afghanistan, Pakistan, the Caucasus
#: and Central Asia, the seventeenth the Yemen war, the eighteenth Iraq and the Maghreb, the nineteenth Sudan and the
#: Horn, the twentieth Gulf diplomacy, the twenty-first world news outside the Middle East, the twenty-second the
#: domestic politics of Egypt, Jordan and Lebanon, the twenty-third multilateral diplomacy, the twenty-fourth
#: Palestinian politics and the Israeli-Palestinian conflict, the twenty-fifth Turkey and Iran, the twenty-sixth energy
#: and maritime security, the twenty-seventh the Maghreb, the twenty-eighth Iraq, the twenty-ninth Syria, the thirtieth
#: the Russia-Ukraine war, the thirty-first Lebanon, the thirty-second the Gulf states' domestic affairs, the
#: thirty-third the Sahel and West Africa, the thirty-fourth Kurdish politics, the thirty-fifth migration and the
#: Mediterranean, the thirty-sixth Asia's relations with the Arab world, the thirty-seventh Israeli politics and
#: normalisation, the thirty-eighth Egypt's foreign relations, the thirty-ninth terrorism and counter-terrorism, the
#: fortieth European politics and Europe's relations with the Arab world, the forty-first Saudi Arabia and the UAE
#: abroad, the forty-second the United States and the Middle East, the forty-third Iran, Israel and Iran's allies, the
#: forty-fourth Africa south of the Sahara, the forty-fifth inter-Arab relations, the forty-sixth espionage and
#: diplomatic rows, the forty-seventh military cooperation and the arms trade, the forty-eighth disasters, relief and
#: routine diplomacy, the forty-ninth hostages, detainees and prisoners, the fiftieth Qatari, Kuwaiti and Omani
#: mediation, the fifty-first human rights and press freedom, the fifty-second water, rivers and borders, the
#: fifty-third Libya, the fifty-fourth health and pandemic diplomacy, the fifty-fifth Syria after December 2024, the
#: fifty-sixth elections and the forming of governments, the fifty-seventh sanctions, trade and economic pressure, the
#: fifty-eighth the Red Sea and the Houthis, the fifty-ninth the Gaza war and the ceasefire talks, the sixtieth Sudan's
#: war since 2023, the sixty-first protests, strikes and crackdowns, the sixty-second routine protocol news of Arab
#: agencies, the sixty-third the Eastern Mediterranean, the sixty-fourth Iran's nuclear programme and its diplomacy,
#: the sixty-fifth foreign ministries' statements and reactions, the sixty-sixth military operations and battlefield
#: reports, the sixty-seventh courts, trials and legal actions, the sixty-eighth Lebanon, the sixty-ninth summits and
#: state visits, the seventieth refugees and migration, the seventy-first arms deals and military cooperation, the
#: seventy-second Algeria and Tunisia, the seventy-third Jordan and Egypt, the seventy-fourth hostages and prisoners,
#: the seventy-fifth oil, gas and energy diplomacy, the seventy-sixth the UN Security Council and General Assembly, the
#: seventy-seventh foreign ministry spokespeople's briefings, the seventy-eighth Morocco, Mauritania and the Western
#: Sahara, the seventy-ninth Baghdad, Erbil and Iraq's neighbours, the eightieth Yemen's internal politics, the
#: eighty-first Turkey, the PKK and the Syrian Kurds, the eighty-second low-key routine diplomacy, the eighty-third
#: Gulf economic diplomacy, the eighty-fourth Iraq's Iran-aligned factions and US forces, the eighty-fifth Gulf-Iran
#: relations, the eighty-sixth the Horn of Africa, the eighty-seventh Israel with Syria and Lebanon, the eighty-eighth
#: espionage, cyber attacks and sabotage, the eighty-ninth Palestinian internal politics, the ninetieth Sudan's peace
#: efforts, the ninety-first domestic security news in Arab states, the ninety-second the occupied West Bank, the
#: ninety-third Afghanistan under the Taliban and its neighbours, the ninety-fourth Islamic and religious bodies, the
#: ninety-fifth Kuwait's and Bahrain's domestic politics, the ninety-sixth India-Pakistan and Pakistan-Afghanistan
#: tensions, the ninety-seventh Russia in Africa and the Middle East, the ninety-eighth maritime incidents, the
#: ninety-ninth economic crises and lenders, the hundredth Iran's domestic politics, the hundred-and-first Libya's oil
#: and rival governments, the hundred-and-second Syria and Turkey, the hundred-and-third coups and transitions in the
#: Sahel and West Africa, the hundred-and-fourth Iraq's elections and government formation, the hundred-and-fifth
#: Lebanon's financial collapse, the hundred-and-sixth the Gulf states in the Horn of Africa and the Red Sea, the
#: hundred-and-seventh Yemen's humanitarian crisis, the hundred-and-eighth Egypt's domestic politics and courts, the
#: hundred-and-ninth Algeria-France and Morocco-Spain relations, the hundred-and-tenth migrant workers in the Gulf, the
#: hundred-and-eleventh Somalia and al-Shabaab, the hundred-and-twelfth Saudi Arabia's domestic affairs and its
#: critics, the hundred-and-thirteenth Arab normalisation with Israel, the hundred-and-fourteenth the war against the
#: Islamic State, the hundred-and-fifteenth the South Caucasus and Central Asia, the hundred-and-sixteenth Jordan, the
#: hundred-and-seventeenth Tunisia since 2011, the hundred-and-eighteenth ordinary news of a whole day's paper, the
#: hundred-and-nineteenth Lebanon-Syria relations, the hundred-and-twentieth Iraq with Kuwait and the Gulf, the
#: hundred-and-twenty-first Ethiopia and Eritrea, the hundred-and-twenty-second Algeria's domestic politics, the
#: hundred-and-twenty-third news analysis and background): the harder, more honest measures.
HELDOUT_FLOORS = {"heldout-news.jsonl": (0.67, 0.94), "heldout-news-2.jsonl": (0.49, 0.94),
                  "heldout-news-3.jsonl": (0.55, 0.90), "heldout-news-4.jsonl": (0.59, 0.92),
                  "heldout-news-5.jsonl": (0.53, 0.91), "heldout-news-6.jsonl": (0.43, 0.87),
                  "heldout-news-7.jsonl": (0.49, 0.86), "heldout-news-8.jsonl": (0.48, 0.87),
                  "heldout-news-9.jsonl": (0.31, 0.87), "heldout-news-10.jsonl": (0.42, 0.82),
                  "heldout-news-11.jsonl": (0.40, 0.80), "heldout-news-12.jsonl": (0.37, 0.83),
                  "heldout-news-13.jsonl": (0.41, 0.87), "heldout-news-14.jsonl": (0.29, 0.85),
                  "heldout-news-15.jsonl": (0.37, 0.84), "heldout-news-16.jsonl": (0.40, 0.86),
                  "heldout-news-17.jsonl": (0.33, 0.86), "heldout-news-18.jsonl": (0.29, 0.80),
                  "heldout-news-19.jsonl": (0.38, 0.80), "heldout-news-20.jsonl": (0.49, 0.84),
                  "heldout-news-21.jsonl": (0.36, 0.82), "heldout-news-22.jsonl": (0.30, 0.78),
                  "heldout-news-23.jsonl": (0.31, 0.78), "heldout-news-24.jsonl": (0.48, 0.84),
                  "heldout-news-25.jsonl": (0.38, 0.82), "heldout-news-26.jsonl": (0.41, 0.86),
                  "heldout-news-27.jsonl": (0.50, 0.86), "heldout-news-28.jsonl": (0.49, 0.85),
                  "heldout-news-29.jsonl": (0.47, 0.78), "heldout-news-30.jsonl": (0.48, 0.87),
                  "heldout-news-31.jsonl": (0.36, 0.81), "heldout-news-32.jsonl": (0.35, 0.80),
                  "heldout-news-33.jsonl": (0.48, 0.83), "heldout-news-34.jsonl": (0.32, 0.85),
                  "heldout-news-35.jsonl": (0.48, 0.82), "heldout-news-36.jsonl": (0.44, 0.80),
                  "heldout-news-37.jsonl": (0.37, 0.70), "heldout-news-38.jsonl": (0.47, 0.79),
                  "heldout-news-39.jsonl": (0.31, 0.66), "heldout-news-40.jsonl": (0.46, 0.81),
                  "heldout-news-41.jsonl": (0.69, 0.90), "heldout-news-42.jsonl": (0.43, 0.78),
                  "heldout-news-43.jsonl": (0.53, 0.79), "heldout-news-44.jsonl": (0.48, 0.82),
                  "heldout-news-45.jsonl": (0.45, 0.82), "heldout-news-46.jsonl": (0.55, 0.86),
                  "heldout-news-47.jsonl": (0.41, 0.84), "heldout-news-48.jsonl": (0.40, 0.86),
                  "heldout-news-49.jsonl": (0.51, 0.77), "heldout-news-50.jsonl": (0.41, 0.74),
                  "heldout-news-51.jsonl": (0.33, 0.76), "heldout-news-52.jsonl": (0.37, 0.81),
                  "heldout-news-53.jsonl": (0.36, 0.72), "heldout-news-54.jsonl": (0.32, 0.74),
                  "heldout-news-55.jsonl": (0.38, 0.85), "heldout-news-56.jsonl": (0.29, 0.88),
                  "heldout-news-57.jsonl": (0.45, 0.71), "heldout-news-58.jsonl": (0.38, 0.81),
                  "heldout-news-59.jsonl": (0.41, 0.79), "heldout-news-60.jsonl": (0.37, 0.75),
                  "heldout-news-61.jsonl": (0.37, 0.79), "heldout-news-62.jsonl": (0.48, 0.88),
                  "heldout-news-63.jsonl": (0.47, 0.83), "heldout-news-64.jsonl": (0.42, 0.82),
                  "heldout-news-65.jsonl": (0.54, 0.84), "heldout-news-66.jsonl": (0.40, 0.79),
                  "heldout-news-67.jsonl": (0.39, 0.76), "heldout-news-68.jsonl": (0.41, 0.67),
                  "heldout-news-69.jsonl": (0.29, 0.73), "heldout-news-70.jsonl": (0.45, 0.75),
                  "heldout-news-71.jsonl": (0.40, 0.77), "heldout-news-72.jsonl": (0.34, 0.81),
                  "heldout-news-73.jsonl": (0.45, 0.83), "heldout-news-74.jsonl": (0.40, 0.74),
                  "heldout-news-75.jsonl": (0.42, 0.82), "heldout-news-76.jsonl": (0.31, 0.72),
                  "heldout-news-77.jsonl": (0.52, 0.79), "heldout-news-78.jsonl": (0.35, 0.69),
                  "heldout-news-79.jsonl": (0.39, 0.80), "heldout-news-80.jsonl": (0.41, 0.84),
                  "heldout-news-81.jsonl": (0.39, 0.84), "heldout-news-82.jsonl": (0.37, 0.84),
                  "heldout-news-83.jsonl": (0.50, 0.84), "heldout-news-84.jsonl": (0.38, 0.84),
                  "heldout-news-85.jsonl": (0.47, 0.86), "heldout-news-86.jsonl": (0.40, 0.77),
                  "heldout-news-87.jsonl": (0.39, 0.83), "heldout-news-88.jsonl": (0.47, 0.82),
                  "heldout-news-89.jsonl": (0.26, 0.89), "heldout-news-90.jsonl": (0.44, 0.88),
                  "heldout-news-91.jsonl": (0.30, 0.87), "heldout-news-92.jsonl": (0.43, 0.66),
                  "heldout-news-93.jsonl": (0.53, 0.86), "heldout-news-94.jsonl": (0.25, 0.69),
                  "heldout-news-95.jsonl": (0.25, 0.81), "heldout-news-96.jsonl": (0.41, 0.74),
                  "heldout-news-97.jsonl": (0.36, 0.86), "heldout-news-98.jsonl": (0.43, 0.86),
                  "heldout-news-99.jsonl": (0.42, 0.85), "heldout-news-100.jsonl": (0.33, 0.83),
                  "heldout-news-101.jsonl": (0.29, 0.82), "heldout-news-102.jsonl": (0.41, 0.80),
                  "heldout-news-103.jsonl": (0.38, 0.82), "heldout-news-104.jsonl": (0.36, 0.89),
                  "heldout-news-105.jsonl": (0.37, 0.82), "heldout-news-106.jsonl": (0.48, 0.85),
                  "heldout-news-107.jsonl": (0.37, 0.73), "heldout-news-108.jsonl": (0.31, 0.82),
                  "heldout-news-109.jsonl": (0.32, 0.82), "heldout-news-110.jsonl": (0.35, 0.81),
                  "heldout-news-111.jsonl": (0.31, 0.72), "heldout-news-112.jsonl": (0.27, 0.89),
                  "heldout-news-113.jsonl": (0.48, 0.82), "heldout-news-114.jsonl": (0.30, 0.72),
                  "heldout-news-115.jsonl": (0.55, 0.90), "heldout-news-116.jsonl": (0.41, 0.78),
                  "heldout-news-117.jsonl": (0.36, 0.84), "heldout-news-118.jsonl": (0.48, 0.80),
                  "heldout-news-119.jsonl": (0.28, 0.82), "heldout-news-120.jsonl": (0.46, 0.88),
                  "heldout-news-121.jsonl": (0.49, 0.84), "heldout-news-122.jsonl": (0.04, 0.82),
                  "heldout-news-123.jsonl": (0.50, 0.77), "heldout-news-124.jsonl": (0.16, 0.82),
                  "heldout-news-125.jsonl": (0.50, 0.80), "heldout-news-126.jsonl": (0.31, 0.77),
                  "heldout-news-127.jsonl": (0.34, 0.84), "heldout-news-128.jsonl": (0.26, 0.86),
                  "heldout-news-129.jsonl": (0.44, 0.83), "heldout-news-130.jsonl": (0.34, 0.76),
                  "heldout-news-131.jsonl": (0.49, 0.82), "heldout-news-132.jsonl": (0.52, 0.79),
                  "heldout-news-133.jsonl": (0.27, 0.73), "heldout-news-134.jsonl": (0.49, 0.85),
                  "heldout-news-135.jsonl": (0.36, 0.79), "heldout-news-136.jsonl": (0.38, 0.78),
                  "heldout-news-137.jsonl": (0.24, 0.76), "heldout-news-138.jsonl": (0.29, 0.68),
                  "heldout-news-139.jsonl": (0.30, 0.76), "heldout-news-140.jsonl": (0.43, 0.76),
                  "heldout-news-141.jsonl": (0.29, 0.75), "heldout-news-142.jsonl": (0.35, 0.77),
                  "heldout-news-143.jsonl": (0.41, 0.82), "heldout-news-144.jsonl": (0.49, 0.89),
                  "heldout-news-145.jsonl": (0.46, 0.78), "heldout-news-146.jsonl": (0.50, 0.85),
                  "heldout-news-147.jsonl": (0.27, 0.82), "heldout-news-148.jsonl": (0.29, 0.73),
                  "heldout-news-149.jsonl": (0.39, 0.79), "heldout-news-150.jsonl": (0.16, 0.56),
                  "heldout-news-151.jsonl": (0.34, 0.78), "heldout-news-152.jsonl": (0.33, 0.75),
                  "heldout-news-153.jsonl": (0.55, 0.88), "heldout-news-154.jsonl": (0.45, 0.84),
                  "heldout-news-155.jsonl": (0.32, 0.59), "heldout-news-156.jsonl": (0.25, 0.72),
                  "heldout-news-157.jsonl": (0.38, 0.79), "heldout-news-158.jsonl": (0.41, 0.78),
                  "heldout-news-159.jsonl": (0.13, 0.77), "heldout-news-160.jsonl": (0.34, 0.80),
                  "heldout-news-161.jsonl": (0.34, 0.76), "heldout-news-162.jsonl": (0.28, 0.81),
                  "heldout-news-163.jsonl": (0.33, 0.77), "heldout-news-164.jsonl": (0.26, 0.79),
                  "heldout-news-165.jsonl": (0.35, 0.78), "heldout-news-166.jsonl": (0.31, 0.80),
                  "heldout-news-167.jsonl": (0.48, 0.84), "heldout-news-168.jsonl": (0.52, 0.78),
                  "heldout-news-169.jsonl": (0.54, 0.82), "heldout-news-170.jsonl": (0.37, 0.79),
                  "heldout-news-171.jsonl": (0.38, 0.79), "heldout-news-172.jsonl": (0.26, 0.73),
                  "heldout-news-173.jsonl": (0.48, 0.83), "heldout-news-174.jsonl": (0.55, 0.81),
                  "heldout-news-175.jsonl": (0.33, 0.80), "heldout-news-176.jsonl": (0.19, 0.64),
                  "heldout-news-177.jsonl": (0.21, 0.71), "heldout-news-178.jsonl": (0.32, 0.69),
                  "heldout-news-179.jsonl": (0.41, 0.77), "heldout-news-180.jsonl": (0.50, 0.85),
                  "heldout-news-181.jsonl": (0.48, 0.81), "heldout-news-182.jsonl": (0.32, 0.79),
                  "heldout-news-183.jsonl": (0.33, 0.77), "heldout-news-184.jsonl": (0.05, 0.80),
                  "heldout-news-185.jsonl": (0.50, 0.82), "heldout-news-186.jsonl": (0.39, 0.87),
                  "heldout-news-187.jsonl": (0.18, 0.72), "heldout-news-188.jsonl": (0.30, 0.74),
                  "heldout-news-189.jsonl": (0.52, 0.80), "heldout-news-190.jsonl": (0.32, 0.69),
                  "heldout-news-191.jsonl": (0.38, 0.73), "heldout-news-192.jsonl": (0.38, 0.75),
                  "heldout-news-193.jsonl": (0.48, 0.78), "heldout-news-194.jsonl": (0.31, 0.80),
                  "heldout-news-195.jsonl": (0.28, 0.75), "heldout-news-196.jsonl": (0.34, 0.71),
                  "heldout-news-197.jsonl": (0.25, 0.69), "heldout-news-198.jsonl": (0.36, 0.74),
                  "heldout-news-199.jsonl": (0.20, 0.83), "heldout-news-200.jsonl": (0.48, 0.74),
                  "heldout-news-201.jsonl": (0.40, 0.77), "heldout-news-202.jsonl": (0.20, 0.64),
                  "heldout-news-203.jsonl": (0.46, 0.74),
                  "heldout-news-204.jsonl": (0.35, 0.79), "heldout-news-205.jsonl": (0.44, 0.75),
                  "heldout-news-206.jsonl": (0.46, 0.82), "heldout-news-207.jsonl": (0.52, 0.86),
                  "heldout-news-208.jsonl": (0.58, 0.84), "heldout-news-209.jsonl": (0.52, 0.83),
                  "heldout-news-210.jsonl": (0.41, 0.77), "heldout-news-211.jsonl": (0.45, 0.85),
                  "heldout-news-212.jsonl": (0.36, 0.79), "heldout-news-213.jsonl": (0.58, 0.76),
                  "heldout-news-214.jsonl": (0.42, 0.76), "heldout-news-215.jsonl": (0.23, 0.64),
                  "heldout-news-216.jsonl": (0.42, 0.76), "heldout-news-217.jsonl": (0.34, 0.75),
                  "heldout-news-218.jsonl": (0.38, 0.89), "heldout-news-219.jsonl": (0.48, 0.81),
                  "heldout-news-220.jsonl": (0.43, 0.78), "heldout-news-221.jsonl": (0.38, 0.76),
                  "heldout-news-222.jsonl": (0.43, 0.83), "heldout-news-223.jsonl": (0.37, 0.81),
                  "heldout-news-224.jsonl": (0.41, 0.84), "heldout-news-225.jsonl": (0.53, 0.82),
                  "heldout-news-226.jsonl": (0.40, 0.74), "heldout-news-227.jsonl": (0.49, 0.77),
                  "heldout-news-228.jsonl": (0.26, 0.83), "heldout-news-229.jsonl": (0.45, 0.75),
                  "heldout-news-230.jsonl": (0.35, 0.72), "heldout-news-231.jsonl": (0.49, 0.82),
                  "heldout-news-232.jsonl": (0.33, 0.83), "heldout-news-233.jsonl": (0.49, 0.85),
                  "heldout-news-234.jsonl": (0.25, 0.65), "heldout-news-235.jsonl": (0.30, 0.73),
                  "heldout-news-236.jsonl": (0.52, 0.84), "heldout-news-237.jsonl": (0.31, 0.74),
                  "heldout-news-238.jsonl": (0.26, 0.72), "heldout-news-239.jsonl": (0.38, 0.77),
                  "heldout-news-240.jsonl": (0.44, 0.82), "heldout-news-241.jsonl": (0.42, 0.79),
                  "heldout-news-242.jsonl": (0.48, 0.73), "heldout-news-243.jsonl": (0.35, 0.78),
                  "heldout-news-244.jsonl": (0.42, 0.76), "heldout-news-245.jsonl": (0.42, 0.67),
                  "heldout-news-246.jsonl": (0.47, 0.90), "heldout-news-247.jsonl": (0.49, 0.85),
                  "heldout-news-248.jsonl": (0.42, 0.83), "heldout-news-249.jsonl": (0.33, 0.75),
                  "heldout-news-251.jsonl": (0.30, 0.76), "heldout-news-252.jsonl": (0.54, 0.78),
                  "heldout-news-253.jsonl": (0.49, 0.86), "heldout-news-254.jsonl": (0.47, 0.86),
                  "heldout-news-255.jsonl": (0.48, 0.80), "heldout-news-256.jsonl": (0.53, 0.86),
                  "heldout-news-257.jsonl": (0.39, 0.74), "heldout-news-258.jsonl": (0.51, 0.83),
                  "heldout-news-259.jsonl": (0.42, 0.78), "heldout-news-260.jsonl": (0.58, 0.86),
                  "heldout-news-261.jsonl": (0.48, 0.88), "heldout-news-262.jsonl": (0.38, 0.78),
                  "heldout-news-263.jsonl": (0.55, 0.80),
                  "heldout-news-264.jsonl": (0.49, 0.87), "heldout-news-265.jsonl": (0.39, 0.81),
                  "heldout-news-266.jsonl": (0.46, 0.85), "heldout-news-267.jsonl": (0.42, 0.75),
                  "heldout-news-268.jsonl": (0.53, 0.92), "heldout-news-269.jsonl": (0.49, 0.81),
                  "heldout-news-270.jsonl": (0.57, 0.81), "heldout-news-271.jsonl": (0.25, 0.83),
                  "heldout-news-272.jsonl": (0.56, 0.78), "heldout-news-273.jsonl": (0.53, 0.83),
                  "heldout-news-274.jsonl": (0.35, 0.85), "heldout-news-275.jsonl": (0.44, 0.85)}
#: tests/data/vocabulary.jsonl: one short sentence per event expression of the dictionaries, with
#: non-political uses of the same words (measured 1.0 and 1.0).
VOCABULARY_FLOORS = {"vocabulary.jsonl": (0.97, 0.98)}
#: tests/data/gold/seed.jsonl (the seed article): every required event found, and this precision.
SEED_RECALL = 1.0
SEED_PRECISION_FLOOR = 0.85
#: tests/data/gold/dev.jsonl (one phenomenon a sentence).
DEV_RECALL_FLOOR = 0.9
DEV_PRECISION_FLOOR = 0.9

FUNCTIONAL = DATA / "functional.jsonl"


def _report(result: dict, path) -> str:
    return "\n" + format_report(result, show=True, title=f"{path}: {result['records']} records")


def test_functional_suite(coder):
    if not FUNCTIONAL.is_file():
        pytest.skip(f"{FUNCTIONAL.name} does not exist yet")
    r = evaluate_file(coder, FUNCTIONAL, "root")
    assert r["unknown_record_ids"] == 0
    assert r["f1"] >= FLOOR, _report(r, FUNCTIONAL)
    assert r["precision"] >= FUNCTIONAL_PRECISION_FLOOR, _report(r, FUNCTIONAL)


@pytest.mark.parametrize("name, floors", sorted({**HELDOUT_FLOORS, **VOCABULARY_FLOORS}.items()))
def test_suites_with_floors(coder, coded_file, name, floors):
    path = DATA / name
    recall_floor, precision_floor = floors
    # scored without a trace (a third less time over 170 files), with the events the trace-consistency test
    # also compares; the traced evaluation, with a reason for each miss, is made only to report a failure
    records, coded = coded_file(path)
    events = [e for evs in coded for e in evs]
    r = score(records, events, "root")
    if r["unknown_record_ids"] or r["recall"] < recall_floor or r["precision"] < precision_floor:
        r = evaluate_file(coder, path, "root")
    assert r["unknown_record_ids"] == 0
    assert r["recall"] >= recall_floor, _report(r, path)
    assert r["precision"] >= precision_floor, _report(r, path)


def test_seed_article(coder):
    path = GOLD / "seed.jsonl"
    r = evaluate_file(coder, path, "root")
    assert r["recall"] == SEED_RECALL and r["precision"] >= SEED_PRECISION_FLOOR, _report(r, path)


def test_dev_sentences(coder):
    path = GOLD / "dev.jsonl"
    r = evaluate_file(coder, path, "root")
    assert r["recall"] >= DEV_RECALL_FLOOR and r["precision"] >= DEV_PRECISION_FLOOR, _report(r, path)
    assert r["forbidden"] == 0, _report(r, path)


@pytest.mark.parametrize("name", ["roots-coop.jsonl", "roots-conflict.jsonl", "news.jsonl"])
def test_every_root_has_sentences_that_code_to_it(coder, name):
    """Sentences of our own for each CAMEO root 01-20 (and non-political uses of the
    same words), and paragraphs written like wire news: all must be found, none may be false."""
    path = DATA / name
    r = evaluate_file(coder, path, "root")
    assert r["recall"] == 1.0 and r["precision"] == 1.0 and r["forbidden"] == 0, _report(r, path)


def test_the_root_sets_cover_all_twenty_roots():
    import json

    roots = set()
    for name in ("roots-coop.jsonl", "roots-conflict.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            for ev in json.loads(line)["events"]:
                if ev.get("required") and not ev.get("forbidden"):
                    roots.add(ev["code"][:2])
    assert roots == {f"{r:02d}" for r in range(1, 21)}
