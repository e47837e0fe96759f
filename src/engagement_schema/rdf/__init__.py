"""RDF for the models: the mapping to triples, reading graphs back, shapes, ontology, stores."""
