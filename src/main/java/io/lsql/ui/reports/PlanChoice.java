package io.lsql.ui.reports;

import io.lsql.core.plan.Plan;

import java.nio.file.Path;

/** The plan a report is about, as the user picked it in the Reports pane. */
public sealed interface PlanChoice {

    /** What the plan selector shows. */
    String label();

    /** The plan file this choice names, or {@code null}. */
    default Path file() {
        return null;
    }

    /** The plan this choice holds in memory, or {@code null} when it is read or designed when needed. */
    default Plan plan() {
        return null;
    }

    /** Every base table of the connected database, designed as {@code lsql plan} would. */
    record Live() implements PlanChoice {
        @Override
        public String label() {
            return "Live schema (every base table as designed)";
        }
    }

    /** The plan the Migrate pane is editing. */
    record Migrate(Plan plan) implements PlanChoice {
        @Override
        public String label() {
            return "Migrate pane's plan (" + plan.targets().size() + " target(s))";
        }
    }

    /** A plan file the user opened or saved. */
    record File(Path file) implements PlanChoice {
        @Override
        public String label() {
            return "Plan file " + file.getFileName();
        }
    }

    /** A plan with the keys and indexes of a NoSQL Workbench model read into it. */
    record Imported(Plan plan, String model) implements PlanChoice {
        @Override
        public String label() {
            return "Imported from " + model + " (" + plan.targets().size() + " target(s))";
        }
    }
}
