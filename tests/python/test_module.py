"""The Python module: reports as dicts and JSON, errors as exceptions, one analyzer shared by
threads. Run by CTest with the system interpreter and PYTHONPATH at the built module."""
import concurrent.futures
import json
import os
import tempfile
import unittest

import claimlint

ARTICLE = ("The German Chancellor\u2019s spokesperson, Friedrich Merz, said that security guarantees "
           "would decide whether any agreement could last.")


class ModuleTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.an = claimlint.Analyzer()

    def test_report_as_dict(self):
        r = self.an.analyze(ARTICLE, date="2025-12-15", path="berlin.txt")
        self.assertEqual(r["path"], "berlin.txt")
        self.assertEqual(r["date"], "2025-12-15")
        self.assertNotIn("tool", r)
        self.assertEqual(len(r["claims"]), 1)
        c = r["claims"][0]
        self.assertEqual(c["speaker"]["name"], "Friedrich Merz")
        # Spans are byte offsets into the UTF-8 encoding.
        b = ARTICLE.encode("utf-8")
        span = c["content"]["span"]
        self.assertEqual(b[span["start"]:span["end"]].decode("utf-8"), c["content"]["text"])
        # The planted error: Merz is the chancellor himself on that date.
        self.assertIn("role.self-reference", [f["rule"] for f in r["findings"]])

    def test_json_form_is_the_same_report(self):
        d = self.an.analyze(ARTICLE, date="2025-12-15")
        j = json.loads(self.an.analyze_json(ARTICLE, date="2025-12-15"))
        j.pop("tool", None)
        self.assertEqual(d, j)

    def test_errors(self):
        with self.assertRaises(ValueError):
            self.an.analyze("x", date="2025-02-30")
        with self.assertRaises(ValueError):
            self.an.analyze("x", format="pdf")
        with self.assertRaises(claimlint.ClaimlintError) as cm:
            claimlint.Analyzer(kb=["/nonexistent/kb.jsonl"])
        self.assertEqual(cm.exception.code, "io")
        self.assertEqual(cm.exception.file, "/nonexistent/kb.jsonl")
        with self.assertRaises(claimlint.ClaimlintError):
            claimlint.Analyzer(disabled_rules=["no.such-rule"])
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
            f.write('{"person": "A"\n')
        try:
            with self.assertRaises(claimlint.ClaimlintError) as cm:
                claimlint.Analyzer(kb=[f.name])
            self.assertEqual(cm.exception.line, 1)
        finally:
            os.unlink(f.name)
        # A str with a lone surrogate cannot be encoded as UTF-8: Python's own error.
        with self.assertRaises(UnicodeEncodeError):
            self.an.analyze("caf\udcff")
        # Bytes are taken as they are; bytes that are not UTF-8 name the offset.
        with self.assertRaises(claimlint.ClaimlintError) as cm:
            self.an.analyze(b"The mayor said caf\xe9 owners agreed.")
        self.assertEqual(cm.exception.code, "encoding")
        self.assertIn("18", str(cm.exception))
        self.assertEqual(self.an.analyze(ARTICLE.encode("utf-8"), date="2025-12-15"),
                         self.an.analyze(ARTICLE, date="2025-12-15"))
        with self.assertRaises(TypeError):
            self.an.analyze(42)

    def test_options(self):
        quiet = claimlint.Analyzer(disabled_rules=["role.self-reference"])
        r = quiet.analyze(ARTICLE, date="2025-12-15")
        self.assertNotIn("role.self-reference", [f["rule"] for f in r["findings"]])
        bare = claimlint.Analyzer(builtin_kb=False)
        r = bare.analyze(ARTICLE, date="2025-12-15")
        self.assertNotIn("role.self-reference", [f["rule"] for f in r["findings"]])

    def test_batch_line(self):
        line, err = self.an.batch_line(json.dumps({"id": "x1", "text": ARTICLE, "date": "2025-12-15"}), 3)
        self.assertFalse(err)
        self.assertEqual(json.loads(line)["id"], "x1")
        line, err = self.an.batch_line("{not json", 4)
        self.assertTrue(err)
        rec = json.loads(line)
        self.assertEqual(rec["line"], 4)
        self.assertEqual(rec["error"]["code"], "json")

    def test_one_analyzer_shared_by_threads(self):
        texts = [f"Official number {i} said the talks in Geneva would resume on Monday." for i in range(200)]
        serial = [self.an.analyze_json(t) for t in texts]
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as ex:
            parallel = list(ex.map(lambda t: self.an.analyze_json(t), texts))
        self.assertEqual(serial, parallel)


if __name__ == "__main__":
    unittest.main()
