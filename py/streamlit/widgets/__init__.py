"""Widgets, one module per family; each follows the recipe in streamlit._widgets."""
