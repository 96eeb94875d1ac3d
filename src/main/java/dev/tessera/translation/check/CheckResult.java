package dev.tessera.translation.check;

/**
 * One finding of one check, as the API returns it.
 *
 * @param checkId  the check's kebab-case id, stable for clients
 * @param severity whether it refuses the save
 * @param message  what is wrong, in words a translator understands
 */
public record CheckResult(String checkId, Severity severity, String message) {
}
