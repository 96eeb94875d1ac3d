package dev.tessera.translation.check;

/** How much a failed check weighs: an error refuses the save, a warning is shown with the saved result. */
public enum Severity {
    ERROR, WARNING
}
