import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.design.CreateTableJson;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.File;
import java.net.URI;

/** Creates the reference loader's table from a create-table JSON file. Usage: CreateTable ENDPOINT FILE */
public class CreateTable {
    public static void main(String[] args) throws Exception {
        try (DynamoDbClient dynamo = DynamoDbClient.builder().endpointOverride(URI.create(args[0])).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("sandbox", "sandbox"))).build()) {
            var request = CreateTableJson.toRequest(new ObjectMapper().readTree(new File(args[1])));
            dynamo.createTable(request);
            dynamo.waiter().waitUntilTableExists(b -> b.tableName(request.tableName()));
        }
    }
}
