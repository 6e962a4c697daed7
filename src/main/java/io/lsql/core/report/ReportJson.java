package io.lsql.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.OutputStream;

/** The report as one JSON document, for tools: the {@link Report} record as it is. */
final class ReportJson {

    private static final ObjectWriter WRITER = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(SerializationFeature.INDENT_OUTPUT).writer();

    private ReportJson() {
    }

    static void write(Report report, OutputStream out) throws IOException {
        WRITER.writeValue(out, report);
        out.write('\n');
    }
}
