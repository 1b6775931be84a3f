"""Write corpus/sample.jsonl (the bundled sample corpus) and corpus/SOURCES.md.

The corpus: the example article (examples/trump-putin-call.txt, published 2025-05-19) plus every Voice of
America story in shared/data/corpus/voa_stories.jsonl (US government work, public domain; credited per story).
Run: .venv/bin/python scripts/build_sample_corpus.py   (EVENTWIRE_SHARED overrides the shared folder)
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("EVENTWIRE_SHARED", ROOT.parent / "shared"))
VOA = SHARED / "data" / "corpus" / "voa_stories.jsonl"
OUT = ROOT / "corpus"


def records() -> list[dict]:
    example = (ROOT / "examples" / "trump-putin-call.txt").read_text(encoding="utf-8")
    out = [{"id": "example-trump-putin-call", "title": None, "url": None, "published": "2025-05-19",
            "source": "example", "text": example}]
    with open(VOA, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                story = json.loads(line)
                out.append({"id": f"voa-{story['id']}", "title": story.get("title"), "url": story.get("url"),
                            "published": story.get("published"), "source": "voanews.com",
                            "section": story.get("section"), "text": story["text"]})
    return out


def sources(recs: list[dict]) -> str:
    lines = ["# Sources of corpus/", "",
             "`sample.jsonl` is written by `scripts/build_sample_corpus.py`; one JSON object a line with `id`,",
             "`title`, `url`, `published`, `source`, `text` (the format `eventwire run` reads).", "",
             "- `example-trump-putin-call`: the project's example article (`examples/trump-putin-call.txt`),",
             "  published 2025-05-19.",
             f"- {len(recs) - 1} stories: Voice of America (voanews.com). Voice of America original text is a work of",
             "  the US government and in the public domain; wire-service material was filtered out by the collector",
             "  (NGEC-2025 project, ahalterman/NGEC-2025, data/voa_benchmark). Credit: \"Voice of America",
             "  (voanews.com)\" with each story's url:", ""]
    for r in recs[1:]:
        lines.append(f"  - {r['title']} — Voice of America (voanews.com), {r['url']}")
    return "\n".join(lines) + "\n"


def main():
    if not VOA.exists():
        sys.exit(f"build_sample_corpus: {VOA} not found (set EVENTWIRE_SHARED)")
    recs = records()
    OUT.mkdir(exist_ok=True)
    with open(OUT / "sample.jsonl", "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    (OUT / "SOURCES.md").write_text(sources(recs), encoding="utf-8")
    print(f"wrote {len(recs)} articles to {OUT / 'sample.jsonl'}", file=sys.stderr)


if __name__ == "__main__":
    main()
