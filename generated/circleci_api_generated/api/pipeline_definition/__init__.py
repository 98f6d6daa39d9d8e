"""Operations tagged ``pipeline_definition``."""
