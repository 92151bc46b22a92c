"""
How modality changes a CAMEO code.

CAMEO codes intent and threat as events of their own: a promised supply of
weapons is 0332 (express intent to provide military aid), not 072; sought or
threatened sanctions are 1312, not 163 (see ../shared/CAMEO-NOTES.md). An act
under intent, future tense or a threat is mapped here; cooperative acts go to
the 03x intent codes, conflictual ones to the 13x threat codes. An act with no
such code keeps its code and its modality, and is not emitted by default.
"""
from __future__ import annotations

_INTENT = {
    "040": "036", "041": "036", "042": "036", "043": "036", "044": "036", "045": "039", "046": "036",
    "050": "032", "051": "032", "052": "032", "053": "032", "054": "032", "055": "030", "056": "030",
    "057": "030",
    "060": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "070": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "075": "033",
    "080": "035", "081": "0351", "0811": "0351", "0812": "0351", "0813": "0351", "0814": "0351",
    "082": "0352", "083": "034", "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344",
    "084": "0353", "0841": "0353", "0842": "0353", "085": "0354", "086": "0355", "0861": "0355",
    "0862": "0355", "0863": "0355", "087": "0356", "0871": "0356", "0872": "0356", "0873": "0356",
    "0874": "0356",
}

_THREAT = {
    "140": "133", "141": "133", "142": "133", "143": "133", "144": "133", "145": "133",
    "150": "138", "151": "130", "152": "138", "153": "130", "154": "138", "155": "130",
    "160": "131", "161": "1313", "162": "1311", "1621": "1311", "1622": "1311", "1623": "1311",
    "163": "1312", "164": "134", "165": "135", "166": "136", "1661": "136", "1662": "136", "1663": "136",
    "170": "130", "171": "130", "1711": "130", "1712": "130", "172": "132", "1721": "1321",
    "1722": "1322", "1723": "1323", "1724": "1324", "173": "137", "174": "137", "175": "137", "176": "130",
    "180": "1383", "181": "1383", "182": "1383", "183": "1383", "184": "1383", "185": "1383", "186": "1383",
    "190": "138", "191": "1381", "192": "1382", "193": "1384", "194": "1384", "195": "1384",
    "1951": "1384", "1952": "1384", "196": "138",
    "200": "138", "201": "138", "202": "138", "203": "138", "204": "1385", "2041": "1385", "2042": "1385",
}


def _lookup(table: dict[str, str], code: str) -> str | None:
    if code in table:
        return table[code]
    if len(code) == 4 and code[:3] in table:
        return table[code[:3]]
    return None


def modal_code(code: str, modality: str) -> str | None:
    """The code an act gets under ``modality`` (``intent`` or ``threat``), or
    ``None`` when CAMEO has no such code. Codes that already express intent,
    threat, statements, appeals, demands, criticism or rejection keep theirs,
    except a lawsuit threatened, which is a threat of a non-military act (131).

    >>> modal_code("072", "intent"), modal_code("163", "intent"), modal_code("163", "threat")
    ('0332', '1312', '1312')
    """
    root = code[:2]
    if modality == "threat" and code[:3] == "115":
        return "131"  # a lawsuit threatened (هددت بمقاضاة الدول الثلاث) is a threat of a non-military act
    if root in ("01", "02", "03", "10", "11", "12", "13"):
        return code
    if modality == "intent":
        if root in ("04", "05", "06", "07", "08"):
            return _lookup(_INTENT, code)
        return _lookup(_THREAT, code)  # intent to do harm is a threat (سعى إلى فرض عقوبات → 1312)
    if modality == "threat":
        return _lookup(_THREAT, code)
    return code


#: refusing a cooperative act (CAMEO 12x): negotiations (125), an agreement (127), handing someone over (1213),
#: a concession (124x, 123 for political reform). Not a visit or a meeting ("will not visit" tells a
#: schedule), nor support, cooperation or aid ("will not send arms" is mostly a policy stated, or a
#: condition, which annotators code as the act not done)
_REFUSAL = {
    "046": "125", "057": "127", "063": "1213",
    "080": "124", "081": "1241", "082": "1242", "083": "123", "084": "1243", "085": "1244", "086": "1245",
    "087": "1246",
}


def refusal_code(code: str) -> str | None:
    """The rejection code of refusing the cooperative act ``code`` ("will not negotiate",
    لن تتفاوض → 125), or ``None`` when ``code`` is no cooperative act.

    >>> refusal_code("046"), refusal_code("057"), refusal_code("0841"), refusal_code("042")
    ('125', '127', '1243', None)
    """
    for key in (code[:3], code[:2]):
        if key in _REFUSAL:
            return _REFUSAL[key]
    return None


#: stopping a cooperative act (أوقفت مساعداتها، تجميد التعاون، تعليق المفاوضات): reducing relations (CAMEO
#: 16x). Aid, given or pledged, becomes its reduction (162x), peacekeeping the withdrawal of peacekeepers
#: (1661), talks the halt of negotiations (164) and mediation its halt (165); other cooperation, support or
#: an agreement reduces relations (160). Visits (042, 043) are absent: a visit ended (أنهى زيارته) took place
_STOPPED = {
    "070": "162", "071": "1621", "072": "1622", "073": "1623", "074": "1661", "075": "162",
    "033": "162", "0331": "1621", "0332": "1622", "0333": "1623", "0334": "1661",
    "040": "164", "041": "164", "043": None, "042": None, "044": "164", "045": "165", "046": "164",
}


def stop_code(code: str) -> str | None:
    """The code of stopping the cooperative act ``code`` (أوقفت واشنطن مساعداتها → 162), or
    ``None`` when stopping it is no CAMEO event of its own (a visit ended took place; a
    hostile act stopped is a de-escalation that patterns code).

    >>> stop_code("072"), stop_code("0333"), stop_code("046"), stop_code("061"), stop_code("042"), stop_code("190")
    ('1622', '1623', '164', '160', None, None)
    """
    for key in (code, code[:3]):
        if key in _STOPPED:
            return _STOPPED[key]
    return "160" if code[:2] in ("03", "04", "05", "06", "07") else None
