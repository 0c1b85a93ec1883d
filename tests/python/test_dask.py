"""The Dask example on Reuters-21578: two worker processes give exactly the single-process
output, one line per record, in order, with the records' ids."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.environ.get("CLAIMLINT_SHARED_DIR", os.path.join(ROOT, "..", "shared"))
REUTERS = os.path.join(SHARED, "corpus", "reuters21578")


@unittest.skipUnless(os.path.isdir(REUTERS), "the Reuters-21578 corpus is not in ../shared")
class DaskTest(unittest.TestCase):
    def test_two_workers_equal_one_process(self):
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "reuters.jsonl")
            subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "reuters-jsonl.py"), REUTERS, src], check=True)
            with open(src, encoding="utf-8") as f:
                ids = [json.loads(line)["id"] for line in f]
            self.assertGreater(len(ids), 19000)
            tool = os.path.join(ROOT, "examples", "dask", "claimlint_dask.py")
            one = os.path.join(tmp, "single.jsonl")
            two = os.path.join(tmp, "dask.jsonl")
            subprocess.run([sys.executable, tool, src, "-o", one, "--single"], check=True)
            subprocess.run([sys.executable, tool, src, "-o", two, "--workers", "2"], check=True)
            with open(one, "rb") as a, open(two, "rb") as b:
                single, dask = a.read(), b.read()
            self.assertEqual(single, dask)
            lines = dask.decode("utf-8").splitlines()
            self.assertEqual(len(lines), len(ids))
            out_ids = [json.loads(line)["id"] for line in lines]
            self.assertEqual(out_ids, ids)
            self.assertGreater(sum(len(json.loads(l)["claims"]) for l in lines), 19000)

    def test_folder_input_and_a_file_that_is_not_utf8(self):
        with tempfile.TemporaryDirectory() as tmp:
            os.makedirs(os.path.join(tmp, "in", "sub"))
            with open(os.path.join(tmp, "in", "a.txt"), "w") as f:
                f.write("Mara Quell said the bridge would reopen.\n")
            with open(os.path.join(tmp, "in", "sub", "b.md"), "w") as f:
                f.write("# Title\n\nOfficials said the port was closed.\n")
            with open(os.path.join(tmp, "in", "c.txt"), "wb") as f:
                f.write(b"caf\xe9 owners said no\n")
            out = os.path.join(tmp, "out.jsonl")
            tool = os.path.join(ROOT, "examples", "dask", "claimlint_dask.py")
            p = subprocess.run([sys.executable, tool, os.path.join(tmp, "in"), "-o", out, "--workers", "2"])
            self.assertEqual(p.returncode, 2)  # one error record
            recs = [json.loads(l) for l in open(out, encoding="utf-8")]
            self.assertEqual([r["id"] for r in recs], ["a.txt", "c.txt", os.path.join("sub", "b.md")])
            self.assertEqual(recs[1]["error"]["code"], "encoding")
            self.assertEqual(len(recs[0]["claims"]), 1)


if __name__ == "__main__":
    unittest.main()
