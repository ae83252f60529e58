"""The SDK version, in its own module so ``client`` can use it without importing the package root."""

__version__ = "0.1.0"
