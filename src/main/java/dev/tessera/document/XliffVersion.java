package dev.tessera.document;

import java.util.Optional;

/** The two XLIFF versions Tessera exchanges with desktop CAT tools. */
public enum XliffVersion {
    V1_2("1.2"),
    V2_0("2.0");

    private final String label;

    XliffVersion(String label) {
        this.label = label;
    }

    /** As written in the {@code version} attribute and the API's {@code version} parameter. */
    public String label() {
        return label;
    }

    public static Optional<XliffVersion> fromLabel(String label) {
        for (XliffVersion version : values()) {
            if (version.label.equals(label)) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }
}
