package io.lsql.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.lsql.core.CancellationToken;
import io.lsql.core.LsqlException;
import io.lsql.core.ProgressListener;
import io.lsql.core.connect.AwsErrors;
import io.lsql.core.design.CreateTableJson;
import io.lsql.core.stage.S3Stage;
import io.lsql.core.stage.StageCompression;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ImportStatus;
import software.amazon.awssdk.services.dynamodb.model.ImportTableDescription;
import software.amazon.awssdk.services.dynamodb.model.InputCompressionType;
import software.amazon.awssdk.services.dynamodb.model.InputFormat;
import software.amazon.awssdk.services.dynamodb.model.TableCreationParameters;

import java.io.IOException;

/**
 * Loads with DynamoDB ImportTable: the staged S3 prefix becomes a NEW table (GSIs defined at
 * creation), without consuming write capacity. The import ARN is checkpointed for the target table
 * ({@link LoadCheckpoints}) so a resumed load follows the same import instead of starting another,
 * while a load of the same stage into another table starts its own.
 */
public final class ImportTableLoader implements Loader {

    private final DynamoDbClient dynamo;
    private final ProgressListener progress;
    private final CancellationToken cancel;
    private final long pollMillis;

    public ImportTableLoader(DynamoDbClient dynamo, ProgressListener progress, CancellationToken cancel, long pollMillis) {
        this.dynamo = dynamo;
        this.progress = progress;
        this.cancel = cancel;
        this.pollMillis = pollMillis;
    }

    /** Starts the import of the request's data prefix (or follows the one started before) until it ends; the files are not read. */
    @Override
    public LoadResult load(LoadRequest request) throws IOException {
        if (!(request.stage() instanceof S3Stage stage)) {
            throw new LsqlException("ImportTable reads the staged items from S3, so it needs an S3 stage (s3://bucket/prefix), not "
                    + request.stage().uri() + "; load by batch instead.");
        }
        long start = System.nanoTime();
        JsonNode createTable = request.createTable();
        String table = request.table();
        LoadCheckpoints checkpoints = new LoadCheckpoints(stage, table);
        String arn = checkpoints.importArn().orElse(null);
        if (arn == null) {
            if (TargetTables.describe(dynamo, table).isPresent()) {
                throw new LsqlException("ImportTable creates a new table, but " + table
                        + " already exists; use --load batch or another --target-table.");
            }
            arn = start(stage, request.dataPrefix(), createTable, request.compression());
            checkpoints.rememberImportArn(arn);
            checkpoints.rememberMethod(LoadMethod.IMPORT);
        }
        ImportTableDescription done = poll(arn, request.expectedItems());
        if (done.importStatus() != ImportStatus.COMPLETED) {
            throw new LsqlException("ImportTable " + done.importStatusAsString() + ": "
                    + (done.failureMessage() == null ? "no reason given" : done.failureMessage()) + " (" + arn + ").");
        }
        long errors = done.errorCount() == null ? 0 : done.errorCount();
        long imported = done.importedItemCount() == null ? 0 : done.importedItemCount();
        return new LoadResult(LoadMethod.IMPORT, imported, 0, 0, 0, errors, 0, (System.nanoTime() - start) / 1e9);
    }

    private String start(S3Stage stage, String dataPrefix, JsonNode createTable, StageCompression compression) {
        CreateTableRequest table = CreateTableJson.toRequest(createTable);
        TableCreationParameters parameters = TableCreationParameters.builder()
                .tableName(table.tableName())
                .attributeDefinitions(table.attributeDefinitions())
                .keySchema(table.keySchema())
                .billingMode(table.billingMode())
                .globalSecondaryIndexes(table.hasGlobalSecondaryIndexes() ? table.globalSecondaryIndexes() : null)
                .build();
        try {
            return dynamo.importTable(b -> b
                    .s3BucketSource(s -> s.s3Bucket(stage.bucket()).s3KeyPrefix(stage.prefix() + dataPrefix))
                    .inputFormat(InputFormat.DYNAMODB_JSON)
                    .inputCompressionType(switch (compression) {
                        case GZIP -> InputCompressionType.GZIP;
                        case ZSTD -> InputCompressionType.ZSTD;
                        case NONE -> InputCompressionType.NONE;
                    })
                    .tableCreationParameters(parameters))
                    .importTableDescription().importArn();
        } catch (SdkException e) {
            throw AwsErrors.translate("Starting ImportTable into " + table.tableName(), e);
        }
    }

    private ImportTableDescription poll(String arn, long totalItems) {
        while (true) {
            cancel.throwIfCancelled();
            ImportTableDescription description;
            try {
                description = dynamo.describeImport(b -> b.importArn(arn)).importTableDescription();
            } catch (SdkException e) {
                throw AwsErrors.translate("DescribeImport " + arn, e);
            }
            long processed = description.processedItemCount() == null ? 0 : description.processedItemCount();
            progress.progress("import " + description.importStatusAsString().toLowerCase(), processed, totalItems);
            if (description.importStatus() != ImportStatus.IN_PROGRESS && description.importStatus() != ImportStatus.CANCELLING) {
                return description;
            }
            try {
                Thread.sleep(pollMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("interrupted");
            }
        }
    }
}
