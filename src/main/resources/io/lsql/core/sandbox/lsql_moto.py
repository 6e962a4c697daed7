"""Starts moto's server for the LSQL sandbox, with narrow fixes where moto 5.x differs from DynamoDB.

1. ImportTable: moto reads DYNAMODB_JSON files with py_partiql_parser's JsonParser, which cuts
   strings at an apostrophe and mangles backslash escapes ("Fiona O'Brien" is imported as "Fiona O").
   Real DynamoDB reads standard JSON lines, so this wrapper parses such content with Python's json
   module first and falls back to the original parser for anything that is not JSON lines (PartiQL).
2. ImportTable: an import whose only errors are refused items completes with ErrorCount, as in
   DynamoDB, instead of FAILED (see below).
3. Parallel Scan (Segment/TotalSegments) of a table whose partition key is binary (B): moto assigns
   an item to a segment by hashing its partition key with `value.encode("utf8")`, which fails on
   bytes, so every such Scan answers HTTP 500; DynamoDB scans B-keyed tables in parallel like any
   other. For a bytes key this wrapper hashes the bytes themselves; S and N keys keep moto's code.
4. Concurrent writes: moto keeps a table's items in plain dicts (a defaultdict per partition key) with
   no lock, while its server answers requests on several threads. Two BatchWriteItem calls that put
   the first items of one new partition key at the same moment can each create that key's dict, and
   the later one replaces the earlier: acknowledged writes vanish (seen as 1-2 missing items of 20,000
   when two loader workers wrote neighbouring batches). DynamoDB never loses an acknowledged write, so
   this wrapper runs DynamoDB requests one at a time; moto is bound by one interpreter lock anyway.
"""
import json
import sys

import py_partiql_parser

_original_parse = py_partiql_parser.JsonParser.parse


def _parse_json_lines(original, *args, **kwargs):
    try:
        lines = [line for line in original.splitlines() if line.strip()]
        documents = [json.loads(line) for line in lines]
        if documents and all(isinstance(d, dict) for d in documents):
            return documents
    except (ValueError, TypeError, AttributeError):
        pass
    return _original_parse(original, *args, **kwargs)


py_partiql_parser.JsonParser.parse = staticmethod(_parse_json_lines)


# moto marks an import FAILED when any item could not be written; DynamoDB completes it and counts
# those items in ErrorCount. While moto processes the files, its status changes are held back, so a
# DescribeImport never sees FAILED for an import that will end COMPLETED.
from moto.dynamodb.models.table_import import TableImport  # noqa: E402


def _get_status(self):
    return self.__dict__.get("_lsql_status", "IN_PROGRESS")


def _set_status(self, value):
    self.__dict__["_lsql_pending" if self.__dict__.get("_lsql_processing") else "_lsql_status"] = value


_original_process = TableImport._process_s3_files


def _process_completing_with_item_errors(self, *args, **kwargs):
    self.__dict__["_lsql_processing"] = True
    try:
        _original_process(self, *args, **kwargs)
    finally:
        self.__dict__["_lsql_processing"] = False
    pending = self.__dict__.get("_lsql_pending", "COMPLETED")
    self.status = "COMPLETED" if pending == "FAILED" and self.failure_code is None else pending


TableImport.status = property(_get_status, _set_status)
TableImport._process_s3_files = _process_completing_with_item_errors


# a parallel Scan hashes a bytes partition key as the bytes themselves (see 3. above)
from moto.dynamodb.models.dynamo_type import Item  # noqa: E402
from moto.utilities.utils import md5_hash  # noqa: E402

_original_is_within_segment = Item.is_within_segment


def _is_within_segment(self, segments):
    value = getattr(self.hash_key, "value", None)
    if segments == (None, None) or not isinstance(value, (bytes, bytearray)):
        return _original_is_within_segment(self, segments)
    segment, total_segments = segments
    return md5_hash(bytes(value)).digest()[0] % total_segments == segment


Item.is_within_segment = _is_within_segment


# DynamoDB requests one at a time (see 4. above)
import threading  # noqa: E402

from moto.dynamodb.responses import DynamoHandler  # noqa: E402

_dynamodb_lock = threading.RLock()
_original_call_action = DynamoHandler.call_action


def _call_action_one_at_a_time(self, *args, **kwargs):
    with _dynamodb_lock:
        return _original_call_action(self, *args, **kwargs)


DynamoHandler.call_action = _call_action_one_at_a_time


if __name__ == "__main__":
    from moto.server import main

    main(sys.argv[1:])
