package io.lsql.core.connect;

import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

import java.net.ConnectException;
import java.net.UnknownHostException;

/** Turns AWS SDK failures into one sentence that says what failed and what to do. */
public final class AwsErrors {

    private AwsErrors() {
    }

    public static LsqlException translate(String what, SdkException e) {
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            String code = service.awsErrorDetails().errorCode();
            String message = service.awsErrorDetails().errorMessage();
            return new LsqlException(what + " failed: " + code + (message == null ? "" : " - " + ErrorText.firstLine(message)) + ".", e);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof ConnectException || root instanceof UnknownHostException) {
            return new LsqlException(what + " failed: cannot reach the endpoint (" + root.getMessage()
                    + "); check --endpoint-url / AWS_ENDPOINT_URL and your network.", e);
        }
        if (e instanceof SdkClientException && String.valueOf(e.getMessage()).contains("credentials")) {
            return new LsqlException(what + " failed: no AWS credentials found; set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.", e);
        }
        if (e instanceof SdkClientException && String.valueOf(e.getMessage()).toLowerCase().contains("region")) {
            return new LsqlException(what + " failed: no AWS region set; use --region or AWS_REGION.", e);
        }
        return new LsqlException(what + " failed: " + ErrorText.of(e) + ".", e);
    }
}
