"""Starts moto's server for the LSQL sandbox, with fixes to its ImportTable emulation.

moto 5.x reads ImportTable's DYNAMODB_JSON files with py_partiql_parser's JsonParser, which cuts
strings at an apostrophe and mangles backslash escapes ("Fiona O'Brien" is imported as "Fiona O").
Real DynamoDB reads standard JSON lines, so this wrapper parses such content with Python's json
module first and falls back to the original parser for anything that is not JSON lines (PartiQL).
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

if __name__ == "__main__":
    from moto.server import main

    main(sys.argv[1:])
