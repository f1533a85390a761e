#!/usr/bin/env python3
"""Expands jaunumi's JSON-LD with a JSON-LD processor (pyld) and checks that nothing is lost.

    check_jsonld.py CONTEXT.jsonld GRAPH.jsonld...

CONTEXT is the schema.org context (tests/data/schemaorg/schemaorgcontext-30.0.jsonld); the
document loader serves it for https://schema.org and refuses every other URL, and sockets
are disabled, so the check never touches the network.

For each graph, expansion must keep every term and every value: each property of each node
is a term the context defines (not merely one its @vocab would catch) and becomes a
schema.org IRI with as many values as the document gave it, each string, number
and boolean comes through unchanged, and each @type, property and datatype IRI is in the
schema.org namespace (http://schema.org/, the context's @vocab). The graph must also convert
to RDF.
"""

import json
import socket
import sys

from pyld import jsonld

SCHEMA = "http://schema.org/"
CONTEXT_URLS = {
    "https://schema.org",
    "https://schema.org/",
    "http://schema.org",
    "http://schema.org/",
    "https://schema.org/docs/jsonldcontext.json",
    "http://schema.org/docs/jsonldcontext.json",
}


def no_network(*args, **kwargs):
    raise OSError("check_jsonld.py: network access refused")


socket.socket.connect = no_network
socket.create_connection = no_network


def loader_for(context):
    def load(url, options=None):
        if url in CONTEXT_URLS:
            return {
                "contentType": "application/ld+json",
                "contextUrl": None,
                "documentUrl": url,
                "document": context,
            }
        raise jsonld.JsonLdError(
            "refused to load " + url, "jsonld.LoadDocumentError", {"url": url},
            code="loading document failed")
    return load


class Check:
    def __init__(self, name, defined):
        self.name = name
        self.defined = defined
        self.problems = []
        self.terms = set()
        self.values = 0

    def fail(self, path, message):
        self.problems.append(f"{self.name}: {path}: {message}")

    def node(self, path, compact, expanded):
        """Compares a node object of the document with its expansion."""
        if not isinstance(expanded, dict):
            return self.fail(path, f"expanded to {expanded!r}")
        for key, value in compact.items():
            here = f"{path}.{key}"
            if key == "@context":
                continue
            if key == "@id":
                if expanded.get("@id") != value:
                    self.fail(here, f"@id {value!r} became {expanded.get('@id')!r}")
                self.values += 1
                continue
            if key == "@type":
                types = value if isinstance(value, list) else [value]
                if expanded.get("@type") != [SCHEMA + t for t in types]:
                    self.fail(here, f"@type {value!r} became {expanded.get('@type')!r}")
                self.values += len(types)
                continue
            if key.startswith("@"):
                self.fail(here, "unexpected keyword")
                continue
            self.terms.add(key)
            if key not in self.defined:
                # The context's @vocab would still map it into the namespace.
                self.fail(here, "not a term the schema.org context defines")
            iri = SCHEMA + key
            if iri not in expanded:
                self.fail(here, f"did not expand to {iri}")
                continue
            values = value if isinstance(value, list) else [value]
            out = expanded[iri]
            if len(out) != len(values):
                self.fail(here, f"{len(values)} values became {len(out)}")
                continue
            for i, (v, e) in enumerate(zip(values, out)):
                self.value(f"{here}[{i}]", v, e)
        for key in expanded:
            if not key.startswith("@") and not key.startswith(SCHEMA):
                self.fail(path, f"property IRI {key} outside schema.org")
            if key.startswith(SCHEMA) and key[len(SCHEMA):] not in compact:
                self.fail(path, f"{key} appeared from nowhere")

    def value(self, path, compact, expanded):
        if isinstance(compact, dict):
            return self.node(path, compact, expanded)
        self.values += 1
        if isinstance(compact, str) and "@id" in expanded:
            if expanded["@id"] != compact:
                self.fail(path, f"IRI {compact!r} became {expanded['@id']!r}")
            return
        if expanded.get("@value") != compact or type(expanded.get("@value")) is not type(compact):
            return self.fail(path, f"{compact!r} became {expanded!r}")
        datatype = expanded.get("@type")
        if datatype is not None and not datatype.startswith(SCHEMA):
            self.fail(path, f"datatype {datatype} outside schema.org")


def check(path, context):
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    options = {"documentLoader": loader_for(context)}
    expanded = jsonld.expand(document, options)
    run = Check(path, set(context["@context"]))
    graph = document["@graph"]
    if len(expanded) != len(graph):
        run.fail("@graph", f"{len(graph)} nodes became {len(expanded)}")
    else:
        for i, (node, out) in enumerate(zip(graph, expanded)):
            run.node(f"@graph[{i}]", node, out)
    quads = jsonld.to_rdf(document, dict(options, format="application/n-quads"))
    triples = quads.count("\n")
    if triples == 0:
        run.fail("@graph", "no RDF triples")
    return run, triples


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        context = json.load(f)
    failed = False
    for path in sys.argv[2:]:
        run, triples = check(path, context)
        for problem in run.problems:
            print(problem)
        failed = failed or bool(run.problems)
        status = "FAILED" if run.problems else "ok"
        print(f"{path}: {status}: {len(run.terms)} terms, {run.values} values kept, "
              f"{triples} RDF triples")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
