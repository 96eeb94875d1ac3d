package dev.tessera.exchange;

/**
 * Why an import refused one unit (the rest of the file is still applied). The workflow's own
 * refusals (roles, four-eyes, leases, checks) are reported with the API's error codes instead.
 */
public enum UnitRefusal {
    /** The unit's id names no segment of the article's current revision. */
    UNKNOWN_UNIT,
    /** The unit lacks the source hash or version written at export (a tool dropped them). */
    MISSING_METADATA,
    /** The segment's source changed since the export. */
    SOURCE_CHANGED,
    /** Someone saved the translation in Tessera after the export. */
    NEWER_IN_TESSERA,
    /** Inline codes missing, duplicated, invented or broken. */
    INLINE_CODES,
    /** The state says translated (or edited) but the target is empty. */
    EMPTY_TARGET,
    /** The file asks for a move only Tessera can make (sending back submitted or approved work). */
    STATUS_NOT_APPLICABLE
}
