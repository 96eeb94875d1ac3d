package dev.tessera.article;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of document import ({@code tessera.import.*}). */
@ConfigMapping(prefix = "tessera.import")
public interface ImportConfig {

    /** The largest source document accepted; larger ones get 413. */
    @WithDefault("20M")
    MemorySize maxDocumentSize();

    /** What a DOCX may unpack to at most (zip bombs are refused). */
    @WithDefault("200M")
    MemorySize maxUnpackedSize();
}
