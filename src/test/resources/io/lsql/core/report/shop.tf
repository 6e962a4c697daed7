# DynamoDB tables for the MySQL database shop_db, written by lsql 1.0.0 from the plan with SHA-256 0000000000000000000000000000000000000000000000000000000000000000.

resource "aws_dynamodb_table" "dev_shop" {
  name = "dev_shop"
  billing_mode = "PROVISIONED"
  hash_key = "PK"
  range_key = "SK"
  read_capacity = 5
  write_capacity = 10

  attribute {
    name = "PK"
    type = "S"
  }

  attribute {
    name = "SK"
    type = "S"
  }

  attribute {
    name = "rep_id"
    type = "S"
  }

  attribute {
    name = "ord_date"
    type = "S"
  }

  global_secondary_index {
    name = "by-rep"
    hash_key = "rep_id"
    range_key = "ord_date"
    projection_type = "INCLUDE"
    non_key_attributes = ["cust_id", "ship_date"]
    read_capacity = 5
    write_capacity = 10
  }

  ttl {
    attribute_name = "expires_at"
    enabled        = true
  }

  import_table {
    input_format           = "DYNAMODB_JSON"
    input_compression_type = "GZIP"
    s3_bucket_source {
      bucket     = "lsql-stage"
      key_prefix = "app/targets/dev_shop/data/"
    }
  }
}

resource "aws_dynamodb_table" "dev_products_2" {
  name = "dev.Products-2"
  billing_mode = "PAY_PER_REQUEST"
  hash_key = "prod_id"

  attribute {
    name = "prod_id"
    type = "N"
  }

  attribute {
    name = "category"
    type = "S"
  }

  global_secondary_index {
    name = "category"
    hash_key = "category"
    projection_type = "KEYS_ONLY"
  }
}
