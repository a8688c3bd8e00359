#!/usr/bin/env python3
"""Turns HTML articles into the document formats Parallax reads, with the tools people use.

For each NAME.html given: NAME.docx and NAME.odt (pandoc), NAME.pdf (LibreOffice from the
DOCX: one column) and NAME-2col.pdf (LibreOffice from a DOCX whose page has two columns, a
running header and page numbers). Used by tst_documents; prints what it could not make and
exits non-zero when a tool is missing.

    make-documents.py OUTDIR NAME.html...
"""
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
HEADER = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="{W}"><w:p>'
          '<w:r><w:t>Parallax test print: running header</w:t></w:r></w:p></w:hdr>')
FOOTER = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="{W}"><w:p>'
          '<w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
          '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
          '</w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>')
SECTION = (f'<w:sectPr><w:headerReference xmlns:r="{R}" w:type="default" r:id="rIdParallaxH"/>'
           f'<w:footerReference xmlns:r="{R}" w:type="default" r:id="rIdParallaxF"/>'
           '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" '
           'w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>'
           '<w:cols w:num="2" w:space="567"/></w:sectPr>')


def two_column_reference(path):
    """pandoc's own reference.docx, its page set in two columns with a header and a footer."""
    base = subprocess.run(['pandoc', '--print-default-data-file', 'reference.docx'],
                          capture_output=True, check=True).stdout
    source = path + '.base'
    with open(source, 'wb') as f:
        f.write(base)
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == 'word/document.xml':
                text = data.decode()
                start = text.rfind('<w:sectPr')
                end = text.find('>', start)
                if text[end - 1] != '/':
                    end = text.find('</w:sectPr>', start) + len('</w:sectPr>') - 1
                data = (text[:start] + SECTION + text[end + 1:]).encode()
            elif item.filename == 'word/_rels/document.xml.rels':
                data = data.decode().replace('</Relationships>', (
                    f'<Relationship Type="{R}/header" Id="rIdParallaxH" Target="header1.xml"/>'
                    f'<Relationship Type="{R}/footer" Id="rIdParallaxF" Target="footer1.xml"/>'
                    '</Relationships>')).encode()
            elif item.filename == '[Content_Types].xml':
                data = data.decode().replace('</Types>', (
                    '<Override PartName="/word/header1.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
                    '<Override PartName="/word/footer1.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>'
                )).encode()
            zout.writestr(item, data)
        zout.writestr('word/header1.xml', HEADER)
        zout.writestr('word/footer1.xml', FOOTER)
    os.remove(source)


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    missing = [tool for tool in ('pandoc', 'soffice') if not shutil.which(tool)]
    if missing:
        print('missing tools: ' + ', '.join(missing), file=sys.stderr)
        return 3
    out = os.path.abspath(sys.argv[1])
    os.makedirs(out, exist_ok=True)
    reference = os.path.join(out, 'two-columns-reference.docx')
    two_column_reference(reference)
    to_pdf = []
    for html in sys.argv[2:]:
        name = os.path.splitext(os.path.basename(html))[0]
        target = os.path.join(out, name)
        subprocess.run(['pandoc', html, '-o', target + '.docx'], check=True)
        subprocess.run(['pandoc', html, '-o', target + '.odt'], check=True)
        subprocess.run(['pandoc', html, '--reference-doc', reference, '-o',
                        target + '-2col.docx'], check=True)
        to_pdf += [target + '.docx', target + '-2col.docx']
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(['soffice', '--headless', '--norestore',
                        '-env:UserInstallation=file://' + profile, '--convert-to', 'pdf',
                        '--outdir', out] + to_pdf, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    for docx in to_pdf:
        if not os.path.exists(os.path.splitext(docx)[0] + '.pdf'):
            print('LibreOffice made no PDF of ' + docx, file=sys.stderr)
            return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
