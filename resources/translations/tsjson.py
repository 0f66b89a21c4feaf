#!/usr/bin/env python3
"""Hands the untranslated messages of a .ts file to a translator as JSON, and takes the answers back.

    tsjson.py export qtill_zh_CN.ts todo.json [--parts N]   # writes todo.json (or todo-1.json … todo-N.json)
    tsjson.py import qtill_zh_CN.ts done.json [more.json …]

The JSON is a list of {"context", "source", "comment", "plural", "translation"}; the translator fills in
"translation" (for plural messages a list: one form for Chinese, two for English). A translation already
there is a draft borrowed from a message that moved: check it. Imported translations
replace unfinished ones and lose the "unfinished" mark; empty translations are skipped.
"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def messages(ts):
    for context in ts.getroot().findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            yield name, message


def is_open(message):
    translation = message.find("translation")
    return translation is None or translation.get("type") == "unfinished" or not (
        translation.text or translation.findall("numerusform"))


def export(ts_path, out_path, parts=1):
    ts = ET.parse(ts_path)
    todo = []
    for name, message in messages(ts):
        if not is_open(message):
            continue
        translation = message.find("translation")
        draft = ""
        if translation is not None:
            forms = [f.text or "" for f in translation.findall("numerusform")]
            draft = forms if any(forms) else (translation.text or "")
        todo.append({"context": name, "source": message.findtext("source"), "comment": message.findtext("comment") or "",
                     "plural": message.get("numerus") == "yes", "translation": draft})
    out = Path(out_path)
    size = (len(todo) + parts - 1) // max(parts, 1) or 1
    chunks = [todo[i:i + size] for i in range(0, len(todo), size)] or [[]]
    for i, chunk in enumerate(chunks, 1):
        target = out if len(chunks) == 1 else out.with_name(f"{out.stem}-{i}{out.suffix}")
        target.write_text(json.dumps(chunk, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{target}: {len(chunk)} message(s)")


def apply(ts_path, done_paths):
    tree = ET.parse(ts_path)
    answers = {}
    for path in done_paths:
        for item in json.loads(Path(path).read_text(encoding="utf-8")):
            if item.get("translation"):
                answers[(item["context"], item["source"], item.get("comment", ""))] = item["translation"]
    applied = 0
    for name, message in messages(tree):
        key = (name, message.findtext("source"), message.findtext("comment") or "")
        if key not in answers or not is_open(message):
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        value = answers[key]
        if message.get("numerus") == "yes":
            translation.text = None
            for form in (value if isinstance(value, list) else [value]):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[0]
        applied += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    Path(ts_path).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    print(f"{ts_path}: {applied} translation(s) applied")


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[1] not in ("export", "import"):
        sys.exit(__doc__)
    if sys.argv[1] == "export":
        parts = int(sys.argv[sys.argv.index("--parts") + 1]) if "--parts" in sys.argv else 1
        export(sys.argv[2], sys.argv[3], parts)
    else:
        apply(sys.argv[2], sys.argv[3:])
