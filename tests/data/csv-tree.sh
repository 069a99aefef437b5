# csv-tree.sh: a folder of invented minutes for the tests of minutes2csv
# and mbatch (sourced after lib.sh).  mktree DIR makes:
#   DIR/2023/brackenford-2023-11.txt.gz   gzip
#   DIR/2023/brackenford-2023-12.pdf      PDF (pdftotext reads it back)
#   DIR/2024/brackenford-2024-01.txt.gz   BAD: a gzip stream cut short
#   DIR/2024/brackenford-2024-02.txt      PDF-extracted text style
#   DIR/2024/brackenford-2024-03.md       converter markdown
# and files that are not minutes: a hidden editor lock, a .doc, and a
# copy in a hidden folder.

# mkpdf TXT PDF: a one-page PDF of the lines of TXT, by groff when it can
# write PDF, else written here (Helvetica, WinAnsi, so £ is byte 0243).
mkpdf() {
	if { printf '.nf\n'; cat "$1"; } | groff -k -Tpdf >"$2" 2>/dev/null &&
	    [ -s "$2" ]; then
		return 0
	fi
	LC_ALL=C awk '
	function esc(s) {
		gsub(/\\/, "\\\\", s); gsub(/\(/, "\\(", s); gsub(/\)/, "\\)", s)
		gsub(/\302\243/, "\\243", s)
		return s
	}
	function obj(s) { off[++n] = pos; s = n " 0 obj\n" s "\nendobj\n"; printf "%s", s; pos += length(s) }
	{ c = c "(" esc($0) ") Tj T*\n" }
	END {
		c = "BT /F1 10 Tf 13 TL 50 800 Td\n" c "ET"
		pos = 0
		s = "%PDF-1.4\n"; printf "%s", s; pos += length(s)
		obj("<< /Type /Catalog /Pages 2 0 R >>")
		obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
		obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " \
		    "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>")
		obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica " \
		    "/Encoding /WinAnsiEncoding >>")
		obj("<< /Length " length(c) " >>\nstream\n" c "\nendstream")
		printf "xref\n0 %d\n0000000000 65535 f \n", n + 1
		for (i = 1; i <= n; i++)
			printf "%010d 00000 n \n", off[i]
		printf "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", n + 1, pos
	}' "$1" >"$2"
}

mktree() {
	mkdir -p "$1/2023" "$1/2024"
	gzip -n -c "$top/tests/data/csv-minutes-c.txt" >"$1/2023/brackenford-2023-11.txt.gz"
	mkpdf "$top/tests/data/csv-minutes-d.txt" "$1/2023/brackenford-2023-12.pdf"
	gzip -n -c "$top/tests/data/csv-minutes-a.txt" | head -c 200 \
	    >"$1/2024/brackenford-2024-01.txt.gz"
	cp "$top/tests/data/csv-minutes-a.txt" "$1/2024/brackenford-2024-02.txt"
	cp "$top/tests/data/csv-minutes-b.md" "$1/2024/brackenford-2024-03.md"
	echo lock >"$1/2024/.~lock.brackenford-2024-02.txt#"
	echo 'not minutes' >"$1/2024/notes.doc"
	mkdir -p "$1/.versions"
	cp "$top/tests/data/csv-minutes-b.md" "$1/.versions/old.md"
}

# havepdf: whether pdftotext is there to read the PDF.
havepdf() {
	command -v pdftotext >/dev/null 2>&1
}
