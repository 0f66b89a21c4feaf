#!/usr/bin/env python3
"""Refreshes Qtill's .ts files from the sources without losing translations.

1. lupdate writes a fresh .ts per language (into a temporary file).
2. Messages lupdate filed under a namespace context are moved to the class context the code really uses
   (see below).
3. Every translation of the committed .ts is carried over by (context, source, comment); a message whose
   context changed borrows the translation of the same source text, marked unfinished for review.

Why step 2:
Domain code translates through a file-local helper, e.g.
    QString tr(const char *text) { return QCoreApplication::translate("qtill::Money", text); }
lupdate cannot see through it when the helper is called from a free function, and files the message
under the enclosing namespace ("qtill"). This script reads each such message's source file, finds the
context named in its translate("…") call, and moves the message there (dropping duplicates). The same
happens when the helper is called from a member of a class without a tr() of its own (a struct, a
Private, a namespace named like a class): lupdate files it under that class.

Usage: updatets.py LUPDATE REPO_ROOT TS_FILE...   (the qtill_lupdate build target runs it)
"""
import copy
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATE = re.compile(r'translate\(\s*"([^"]+)"')
NAMESPACE = re.compile(r'^namespace ([\w:]+) \{', re.M)


def file_context(root: Path, ts_dir: Path, filename: str, cache: dict):
    if filename not in cache:
        path = (ts_dir / filename).resolve()
        if not path.exists():
            path = (root / filename).resolve()
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        contexts = TRANSLATE.findall(text)
        namespace = NAMESPACE.search(text)
        cache[filename] = (contexts[0] if len(set(contexts)) == 1 else None, namespace.group(1) if namespace else None,
                           text)
    return cache[filename]


def tr_classes(root: Path):
    """Names of the classes that have a tr() of their own (Q_OBJECT or Q_DECLARE_TR_FUNCTIONS)."""
    names = set()
    for folder in ("src", "modules", "hal"):
        for path in (root / folder).rglob("*.h"):
            text = path.read_text(encoding="utf-8", errors="replace")
            names.update(re.findall(r'class (?:\w+ )?(\w+)(?: final)?[^;{]*\{[^}]*?\bQ_OBJECT\b', text))
            names.update(re.findall(r'Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+?)\s*\)', text))
    return {n.rsplit("::", 1)[-1] for n in names}


def fix(root: Path, ts_path: Path):
    tree = ET.parse(ts_path)
    ts = tree.getroot()
    contexts = {c.findtext("name"): c for c in ts.findall("context")}
    cache = {}
    moved = 0
    real = tr_classes(root)
    for name, context in list(contexts.items()):
        last = name.rsplit("::", 1)[-1]
        is_class = "::" in name and not last[:1].islower()
        if is_class and last in real:
            continue  # a class with its own tr(): the context is right
        for message in list(context.findall("message")):
            location = message.find("location")
            if location is None:
                continue
            translated, namespace, text = file_context(root, ts_path.parent, location.get("filename"), cache)
            target = translated
            if is_class and '"' + name + '"' in text:
                continue  # named outright (QT_TRANSLATE_NOOP("qtill::Permission", …))
            if "::" not in name and name[:1].isupper() and namespace:
                # lupdate lost the namespace of a QObject class (Class::tr() inside "namespace x {").
                target = namespace + "::" + name
            if not target or target == name:
                continue
            if target not in contexts:
                new = ET.SubElement(ts, "context")
                ET.SubElement(new, "name").text = target
                contexts[target] = new
            dest = contexts[target]
            source = message.findtext("source")
            if any(m.findtext("source") == source for m in dest.findall("message")):
                context.remove(message)
            else:
                context.remove(message)
                dest.append(message)
            moved += 1
        if not context.findall("message"):
            ts.remove(context)
    # Keep contexts sorted as lupdate does.
    ordered = sorted(ts.findall("context"), key=lambda c: c.findtext("name"))
    for c in ordered:
        ts.remove(c)
        ts.append(c)
    write(tree, ts_path)


def carry_over(fresh_path: Path, old_path: Path):
    fresh_tree = ET.parse(fresh_path)
    old = {}
    by_source = {}
    if old_path.exists():
        for context in ET.parse(old_path).getroot().findall("context"):
            cname = context.findtext("name")
            for message in context.findall("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                key = (cname, message.findtext("source"), message.findtext("comment") or "")
                old[key] = translation
                by_source.setdefault(message.findtext("source"), translation)
    kept = borrowed = 0
    for context in fresh_tree.getroot().findall("context"):
        cname = context.findtext("name")
        for message in context.findall("message"):
            key = (cname, message.findtext("source"), message.findtext("comment") or "")
            source_translation = old.get(key)
            unfinished = False
            if source_translation is None and key[1] in by_source:
                source_translation = by_source[key[1]]
                unfinished = True
            if source_translation is None:
                continue
            current = message.find("translation")
            replacement = copy.deepcopy(source_translation)
            replacement.tail = current.tail
            if unfinished:
                replacement.set("type", "unfinished")
                borrowed += 1
            else:
                kept += 1
            message.remove(current)
            message.append(replacement)
    write(fresh_tree, old_path)
    print(f"{old_path.name}: kept {kept} translation(s), borrowed {borrowed} for moved messages")


def write(tree, path: Path):
    ts = tree.getroot()
    ET.indent(tree, space="    ")
    body = ET.tostring(ts, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


if __name__ == "__main__":
    lupdate, repo = sys.argv[1], Path(sys.argv[2]).resolve()
    for arg in sys.argv[3:]:
        committed = Path(arg).resolve()
        # Beside the committed file, so the file names in <location> stay relative to the same folder.
        fresh = committed.parent / ("." + committed.stem + ".fresh.ts")
        try:
            language = committed.stem.split("_", 1)[1]
            subprocess.run([lupdate, "-silent", "-locations", "absolute", "-no-obsolete", "-extensions", "cpp,h",
                            "-target-language", language,
                            str(repo / "src"), str(repo / "modules"), str(repo / "hal"), "-ts", str(fresh)],
                           check=True, cwd=repo, stderr=subprocess.PIPE, text=True)
            fix(repo, fresh)
            carry_over(fresh, committed)
        finally:
            if fresh.exists():
                os.remove(fresh)
