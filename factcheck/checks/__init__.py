"""Check types: one module each, chosen by name from `registry.CHECK_TYPES`."""
