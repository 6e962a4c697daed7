package io.lsql.ui.reports;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A section is found in the Markdown preview by its anchors, one after the other. */
class ReportSectionTest {

    private static final String MARKDOWN = "# Design report\n\n## Summary\n\n## A\n\n### Sample items\n\n## B\n\n### Sizes and limits\n"
            + "\n## Cost\n\n| A |\n| B |\n";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "# Design report; 0",
        "\\n## Summary\\n; 17",
        "\\n## A\\n>\\n### Sample items\\n; 35",
        "\\n## B\\n>\\n### Sizes and limits\\n; 59",
        "\\n## A\\n>\\n### Sizes and limits\\n; 59",
        "\\n## B\\n>\\n### Sample items\\n; -1",
        "\\n## Cost\\n>\\n| B |; 96",
        "\\n## Nothing\\n; -1",
    })
    void offsetOfTheLastAnchorAfterTheOnesBefore(String anchors, int offset) {
        List<String> list = Arrays.stream(anchors.split(">", -1)).map(a -> a.replace("\\n", "\n")).toList();
        assertEquals(offset, new ReportSection("s", "", list, List.of()).offsetIn(MARKDOWN));
    }
}
