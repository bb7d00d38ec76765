"""The only package that imports the anthropic SDK; imported lazily, after the first paint."""
