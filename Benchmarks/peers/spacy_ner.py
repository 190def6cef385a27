"""Named-entity recognition with spaCy over the benchmark corpus, timed.

Loads one pipeline with every component but `ner` excluded (the NER component of the small
pipelines has its own token-to-vector layer, so it runs alone), reads the documents of one
language listed in the corpus manifest (`path<TAB>language<TAB>bytes`, in corpus order) until
--max-bytes of UTF-8 text are gathered, warms up on the first document, then times
`nlp.pipe` over the texts (reading the files is not timed) and writes JSON: documents, bytes,
seconds, entities found, documents and MB per second. Run it with one thread
(OMP_NUM_THREADS=1) to compare with a one-thread extraction.
Usage: python spacy_ner.py --model es_core_news_sm --manifest manifest.tsv --language es --out es.json
"""
import argparse
import json
import os
import time


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", required=True)
    p.add_argument("--manifest", required=True)
    p.add_argument("--language", required=True)
    p.add_argument("--max-bytes", type=int, default=1 << 20)
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--out", required=True)
    a = p.parse_args()

    import spacy

    base = os.path.dirname(os.path.abspath(a.manifest))
    texts, size = [], 0
    with open(a.manifest, encoding="utf-8") as f:
        for line in f:
            path, language, _ = line.rstrip("\n").split("\t")
            if language != a.language:
                continue
            with open(os.path.join(base, path), encoding="utf-8") as doc:
                text = doc.read()
            texts.append(text)
            size += len(text.encode("utf-8"))
            if size >= a.max_bytes:
                break
    if not texts:
        raise SystemExit(f"{a.manifest}: no document in language {a.language}")

    full = spacy.load(a.model)
    nlp = spacy.load(a.model, exclude=[name for name in full.pipe_names if name != "ner"])
    del full
    list(nlp.pipe(texts[:1]))  # warm-up
    start = time.perf_counter()
    entities = 0
    for doc in nlp.pipe(texts, batch_size=a.batch_size):
        entities += len(doc.ents)
    seconds = time.perf_counter() - start
    out = {
        "model": a.model, "spacy": spacy.__version__, "pipes": nlp.pipe_names,
        "language": a.language, "documents": len(texts), "bytes": size, "seconds": seconds,
        "entities": entities, "documents_per_second": len(texts) / seconds,
        "mb_per_second": size / 1e6 / seconds,
    }
    with open(a.out, "w") as f:
        json.dump(out, f)


if __name__ == "__main__":
    main()
