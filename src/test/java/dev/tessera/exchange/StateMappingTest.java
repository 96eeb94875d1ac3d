package dev.tessera.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tessera.document.XliffVersion;
import dev.tessera.status.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The state table both ways, in both versions: every status comes back as itself. */
class StateMappingTest {

    @ParameterizedTest
    @CsvSource({
            "NEW, new, initial", "DRAFT, needs-translation, initial", "REJECTED, needs-translation, initial",
            "STALE, needs-review-translation, initial", "TRANSLATED, translated, translated",
            "APPROVED, signed-off, final"})
    void exportsTheStandardStates(Status status, String v12, String v20) {
        assertThat(StateMapping.state(XliffVersion.V1_2, status)).isEqualTo(v12);
        assertThat(StateMapping.state(XliffVersion.V2_0, status)).isEqualTo(v20);
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, mode = EnumSource.Mode.EXCLUDE, names = "REMOVED")
    void everyStatusSurvivesTheTripInBothVersions(Status status) {
        for (XliffVersion version : XliffVersion.values()) {
            String state = StateMapping.state(version, status);
            boolean hasTarget = status != Status.NEW;
            assertThat(StateMapping.wanted(version, state, status.name(), hasTarget)).as(version + " " + state)
                    .isEqualTo(status);
        }
    }

    @Test
    void removedSegmentsAreInNoFile() {
        for (XliffVersion version : XliffVersion.values()) {
            assertThatThrownBy(() -> StateMapping.state(version, Status.REMOVED))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aToolsStateWinsOverTheKeptStatus() {
        assertThat(StateMapping.wanted(XliffVersion.V1_2, "translated", "DRAFT", true)).isEqualTo(Status.TRANSLATED);
        assertThat(StateMapping.wanted(XliffVersion.V1_2, "final", "TRANSLATED", true)).isEqualTo(Status.APPROVED);
        assertThat(StateMapping.wanted(XliffVersion.V2_0, "reviewed", "TRANSLATED", true)).isEqualTo(Status.APPROVED);
        assertThat(StateMapping.wanted(XliffVersion.V2_0, "initial", "APPROVED", true)).isEqualTo(Status.DRAFT);
    }

    @Test
    void withoutStateATargetMeansTranslated() {
        assertThat(StateMapping.wanted(XliffVersion.V1_2, null, null, true)).isEqualTo(Status.TRANSLATED);
        assertThat(StateMapping.wanted(XliffVersion.V1_2, null, null, false)).isEqualTo(Status.NEW);
        assertThat(StateMapping.wanted(XliffVersion.V1_2, "x-custom", null, true)).isEqualTo(Status.TRANSLATED);
        assertThat(StateMapping.wanted(XliffVersion.V2_0, null, null, false)).isEqualTo(Status.NEW);
        assertThat(StateMapping.wanted(XliffVersion.V2_0, null, null, true)).isEqualTo(Status.DRAFT);
    }
}
