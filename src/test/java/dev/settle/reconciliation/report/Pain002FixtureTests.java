package dev.settle.reconciliation.report;

import static dev.settle.reconciliation.report.Pain002Fixtures.V03_SCHEMA;
import static dev.settle.reconciliation.report.Pain002Fixtures.V10_SCHEMA;
import static dev.settle.reconciliation.report.Pain002Fixtures.fixture;
import static dev.settle.reconciliation.report.Pain002Fixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;

/**
 * Keeps the pain.002 fixtures honest: the ones meant to be valid validate against their schema, the ones meant to
 * show tolerance really break it (as the comment in each says), every fixture is one or the other, and the format
 * detection recognises each version.
 */
class Pain002FixtureTests {

    static final Map<String, String> VALID = Map.of(
            "pain002-v03-file-rejected.xml", V03_SCHEMA,
            "pain002-v03-partial.xml", V03_SCHEMA,
            "pain002-v10-file-rejected.xml", V10_SCHEMA,
            "pain002-v10-partial.xml", V10_SCHEMA);

    static final Map<String, String> DELIBERATELY_INVALID = Map.of(
            "pain002-v03-accepted.xml", V03_SCHEMA,
            "pain002-v03-with-bank-fields.xml", V03_SCHEMA,
            "pain002-v10-with-extra-fields.xml", V10_SCHEMA,
            "pain002-v10-missing-ids.xml", V10_SCHEMA,
            "pain002-v10-bad-values.xml", V10_SCHEMA,
            "pain002-not-well-formed.xml", V10_SCHEMA);

    static Stream<String> valid() {
        return VALID.keySet().stream().sorted();
    }

    static Stream<String> deliberatelyInvalid() {
        return DELIBERATELY_INVALID.keySet().stream().sorted();
    }

    static Stream<String> wellFormed() {
        return Stream.concat(valid(), deliberatelyInvalid()).filter((name) -> !name.contains("not-well-formed"));
    }

    @ParameterizedTest
    @MethodSource("valid")
    void validFixturesValidateAgainstTheirSchema(String name) {
        assertThatCode(() -> validate(fixture(name), VALID.get(name))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("deliberatelyInvalid")
    void toleranceFixturesBreakTheirSchemaAsTheirCommentSays(String name) {
        assertThatThrownBy(() -> validate(fixture(name), DELIBERATELY_INVALID.get(name)))
            .isInstanceOf(SAXException.class);
    }

    @Test
    void everyFixtureIsEitherValidOrDeliberatelyInvalid() throws IOException {
        try (Stream<Path> files = Files.list(fixture("pain002-v10-partial.xml").getParent())) {
            List<String> names = files.map((file) -> file.getFileName().toString())
                .filter((name) -> name.startsWith("pain002-")).toList();
            assertThat(names).containsExactlyInAnyOrderElementsOf(
                    Stream.concat(valid(), deliberatelyInvalid()).toList());
        }
    }

    @ParameterizedTest
    @MethodSource("wellFormed")
    void formatDetectionRecognisesEachVersion(String name) {
        ReportFormat expected = name.contains("-v03-") ? ReportFormat.PAIN_002_001_03 : ReportFormat.PAIN_002_001_10;

        assertThat(ReportFormats.detect(fixture(name))).hasValue(expected);
    }
}
