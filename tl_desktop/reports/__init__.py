"""PDF documents for elected officials: visit summaries, tour programme and booklet."""
