package io.lsql.ui.reports;

import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.plan.PlanFiles;
import io.lsql.core.plan.Plan;
import io.lsql.core.report.ReportPlan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** What a {@link PlanChoice} means to the core: a plan, or the plan file a report request names. Blocking: call it in a task. */
final class PlanChoices {

    private PlanChoices() {
    }

    /** The plan {@code choice} stands for; the live schema's is designed from {@code jdbc}. */
    static Plan resolve(PlanChoice choice, JdbcSource jdbc) {
        if (choice.plan() != null) {
            return choice.plan();
        }
        return choice.file() != null ? PlanFiles.read(choice.file()) : ReportPlan.of(connected(jdbc), null);
    }

    /**
     * Calls {@code build} with the plan file of {@code choice}: none for the live schema, the file itself, or, for a plan
     * held in memory, a temporary copy deleted afterwards ({@code ReportRequest} takes a plan file only).
     */
    static <T> T withPlanFile(PlanChoice choice, Function<Path, T> build) {
        Plan inMemory = choice.plan();
        if (inMemory == null) {
            return build.apply(choice.file());
        }
        Path copy;
        try {
            copy = Files.createTempFile("lsql-report-plan-", ".json");
        } catch (IOException e) {
            throw new LsqlException("Creating a temporary plan file for the report failed: " + ErrorText.of(e) + ".", e);
        }
        try {
            PlanFiles.write(inMemory, copy);
            return build.apply(copy);
        } finally {
            copy.toFile().delete();
        }
    }

    static JdbcSource connected(JdbcSource jdbc) {
        if (jdbc == null) {
            throw new LsqlException("Connect to MySQL first: the report reads its schema and samples real rows.");
        }
        return jdbc;
    }
}
