"""Comparative story digest: articles in, claims aligned across outlets, a Pelican site out.

Stages (each a module, plain data between them): ingest -> segment -> align -> diff -> export;
``pelican_plugin`` runs them inside Pelican and writes pages through the theme.
"""
