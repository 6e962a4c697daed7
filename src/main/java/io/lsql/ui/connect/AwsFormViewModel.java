package io.lsql.ui.connect;

import io.lsql.core.connect.AwsProfile;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.sandbox.SandboxInfo;
import io.lsql.ui.common.Errors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The AWS target form: a profile of ~/.aws/config and a region, or any endpoint, and the stage. */
public final class AwsFormViewModel {

    public final StringProperty awsProfile = new SimpleStringProperty("");
    public final StringProperty region = new SimpleStringProperty("us-east-1");
    public final StringProperty endpoint = new SimpleStringProperty("");
    public final StringProperty stage = new SimpleStringProperty("");
    public final ObservableList<String> awsProfiles = FXCollections.observableArrayList();
    public final StringProperty result = new SimpleStringProperty("");
    public final BooleanProperty failed = new SimpleBooleanProperty(false);

    /** The target the form describes; the sandbox's own profile while a sandbox is in use. */
    public AwsProfile value(boolean sandbox) {
        return new AwsProfile(sandbox ? AwsProfile.SANDBOX : "default", awsProfile.get(), region.get(), endpoint.get(), stage.get());
    }

    public void fill(AwsProfile aws) {
        awsProfile.set(aws.profile() == null ? "" : aws.profile());
        region.set(aws.region() == null ? "" : aws.region());
        endpoint.set(aws.endpointUrl() == null ? "" : aws.endpointUrl());
        stage.set(aws.stage() == null ? "" : aws.stage());
    }

    /** Points the form at a running sandbox's moto, with its staging bucket. */
    public void fill(SandboxInfo info) {
        awsProfile.set("");
        region.set(info.region());
        endpoint.set(info.awsEndpoint());
        stage.set("s3://" + Sandbox.STAGE_BUCKET + "/runs");
    }

    public void succeeded(String text) {
        failed.set(false);
        result.set(text);
    }

    public void failed(Throwable e) {
        failed.set(true);
        result.set(Errors.sentence(e));
    }
}
