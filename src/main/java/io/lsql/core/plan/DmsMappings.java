package io.lsql.core.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The hand-off to AWS DMS for change data capture after lsql's full load, generated from a plan:
 * {@code table-mappings.json} (a selection and a {@code map-record-to-record} rule per table source),
 * {@code task-settings.json} (a task that writes into the tables lsql created) and {@code README-dms.md}
 * (the DMS limits that apply, and where DMS's items would differ from lsql's).
 */
public final class DmsMappings {

    public static final String TABLE_MAPPINGS = "table-mappings.json";
    public static final String TASK_SETTINGS = "task-settings.json";
    public static final String README = "README-dms.md";
    /** DMS's limits on parallel full-load subtasks and threads per table. */
    static final int MAX_SUBTASKS = 49;
    static final int MAX_LOAD_THREADS = 200;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter WRITER = JSON.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /** The contents of the three files. */
    public record Handoff(String tableMappings, String taskSettings, String readme) {
    }

    private DmsMappings() {
    }

    /** The hand-off for {@code plan} whose tables live in the MySQL database {@code schema}. */
    public static Handoff of(Plan plan, String schema) {
        DmsRules.Result rules = DmsRules.of(plan, schema);
        return new Handoff(text(rules.tableMappings()), text(taskSettings(plan)), DmsReadme.markdown(plan, schema, rules));
    }

    /** Writes the three files into {@code dir} (created when missing) and returns them. */
    public static List<Path> write(Plan plan, String schema, Path dir) {
        Handoff files = of(plan, schema);
        try {
            Files.createDirectories(dir);
            Path mappings = Files.writeString(dir.resolve(TABLE_MAPPINGS), files.tableMappings(), StandardCharsets.UTF_8);
            Path settings = Files.writeString(dir.resolve(TASK_SETTINGS), files.taskSettings(), StandardCharsets.UTF_8);
            Path readme = Files.writeString(dir.resolve(README), files.readme(), StandardCharsets.UTF_8);
            return List.of(mappings, settings, readme);
        } catch (IOException e) {
            throw new LsqlException("Cannot write the DMS files to " + dir + ": " + ErrorText.of(e) + ".", e);
        }
    }

    /**
     * Settings for a full-load-and-CDC or CDC-only task into tables lsql created: DO_NOTHING keeps the
     * tables and their GSIs, the parallelism follows the plan, and data errors are logged, not fatal.
     */
    static ObjectNode taskSettings(Plan plan) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode target = root.putObject("TargetMetadata");
        target.put("TargetSchema", "");
        target.put("SupportLobs", true);
        target.put("FullLobMode", false);
        target.put("LimitedSizeLobMode", true);
        target.put("LobMaxSize", 32);
        target.put("BatchApplyEnabled", false);
        target.put("ParallelLoadThreads", Math.min(plan.defaults().workers(), MAX_LOAD_THREADS));
        target.put("ParallelLoadBufferSize", 500);
        ObjectNode fullLoad = root.putObject("FullLoadSettings");
        fullLoad.put("TargetTablePrepMode", "DO_NOTHING");
        fullLoad.put("CreatePkAfterFullLoad", false);
        fullLoad.put("StopTaskCachedChangesApplied", false);
        fullLoad.put("StopTaskCachedChangesNotApplied", false);
        fullLoad.put("MaxFullLoadSubTasks", Math.min(plan.defaults().parallelTargets(), MAX_SUBTASKS));
        fullLoad.put("TransactionConsistencyTimeout", 600);
        fullLoad.put("CommitRate", 10000);
        root.putObject("Logging").put("EnableLogging", true);
        ObjectNode tuning = root.putObject("ChangeProcessingTuning");
        tuning.put("BatchApplyPreserveTransaction", true);
        tuning.put("CommitTimeout", 1);
        tuning.put("MemoryLimitTotal", 1024);
        tuning.put("MemoryKeepTime", 60);
        tuning.put("StatementCacheSize", 50);
        ObjectNode errors = root.putObject("ErrorBehavior");
        errors.put("DataErrorPolicy", "LOG_ERROR");
        errors.put("DataTruncationErrorPolicy", "LOG_ERROR");
        errors.put("TableErrorPolicy", "SUSPEND_TABLE");
        errors.put("RecoverableErrorCount", -1);
        errors.put("RecoverableErrorInterval", 5);
        errors.put("ApplyErrorDeletePolicy", "IGNORE_RECORD");
        errors.put("ApplyErrorInsertPolicy", "LOG_ERROR");
        errors.put("ApplyErrorUpdatePolicy", "LOG_ERROR");
        errors.put("FullLoadIgnoreConflicts", true);
        return root;
    }

    private static String text(ObjectNode node) {
        try {
            return WRITER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("DMS settings could not be written as JSON: " + e.getMessage(), e);
        }
    }
}
