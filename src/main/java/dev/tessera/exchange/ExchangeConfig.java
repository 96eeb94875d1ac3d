package dev.tessera.exchange;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of XLIFF exchange ({@code tessera.xliff.*}). */
@ConfigMapping(prefix = "tessera.xliff")
public interface ExchangeConfig {

    /** The largest XLIFF file accepted, alone or inside a ZIP; larger ones get 413. */
    @WithDefault("20M")
    MemorySize maxFileSize();

    /** What a ZIP of XLIFF files may unpack to in all (zip bombs are refused). */
    @WithDefault("200M")
    MemorySize maxUnpackedSize();

    /** The most files a ZIP may hold. */
    @WithDefault("500")
    int maxFiles();
}
