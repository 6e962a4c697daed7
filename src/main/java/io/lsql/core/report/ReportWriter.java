package io.lsql.core.report;

import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.plan.DmsMappings;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a {@link Report} in one {@link ReportFormat}: the one entry point of the renderers. */
public final class ReportWriter {

    private ReportWriter() {
    }

    public static void write(Report report, ReportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case HTML -> ReportHtml.write(report, out);
            case JSON -> ReportJson.write(report, out);
            case MD -> ReportMarkdown.write(report, out);
            case NWB -> out.write(NoSqlWorkbenchModel.export(report));
            case CLOUDFORMATION -> out.write(CloudFormationTemplate.of(report));
            case CDK -> out.write(CdkStack.of(report));
            case TERRAFORM -> out.write(TerraformConfig.of(report));
            case DMS -> out.write(DmsMappings.of(report.plan(), report.header().database()).tableMappings().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Writes the report to {@code file} (replacing it), through a temporary file so a failed write leaves no half file. */
    public static void write(Report report, ReportFormat format, Path file) {
        Path absolute = file.toAbsolutePath();
        Path temp = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            try (OutputStream out = Files.newOutputStream(temp)) {
                write(report, format, out);
            }
            Files.move(temp, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new LsqlException("Writing the report to " + file + " failed: " + ErrorText.of(e) + ".", e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the move already happened, or the write failed and its error is the one to show
            }
        }
    }
}
