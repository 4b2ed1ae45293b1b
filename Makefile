# Convenience aliases; the Quick-start commands in README.md need only Python and pip.
PYTHON ?= python3

.PHONY: edition test lint
edition:
	$(PYTHON) tasks.py edition
test:
	$(PYTHON) tasks.py test
lint:
	.venv/bin/ruff check tei tests bench tasks.py
