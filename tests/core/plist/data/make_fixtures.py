#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the plist fixtures tst_Plist reads: plists made by Python's plistlib (another
# implementation to read), and the malformed corpus. Run once after changing it, then commit the
# files; the test itself needs no Python. Output is deterministic.
import datetime
import plistlib
import random
import struct
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYTHON = HERE / "python"
MALFORMED = HERE / "malformed"

XML_HEAD = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
            b'<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
            b'"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
            b'<plist version="1.0">\n')


def types_value():
    # tst_Plist::pythonTypes() builds the same value; keep the two in step.
    return {
        "String": "hello",
        "Unicode": "Gr\u00fc\u00dfe, \u4e16\u754c \U0001F34E",
        "Empty": "",
        "Markup": "<a> & \"b\" 'c' ]]>",
        "Zero": 0,
        "Small": 42,
        "Negative": -5,
        "Int64Min": -2**63,
        "Int64Max": 2**63 - 1,
        "Int64MaxPlusOne": 2**63,
        "UInt64Max": 2**64 - 1,
        "Byte": 255,
        "Short": 65535,
        "Word": 2**32 - 1,
        "Real": 3.14159,
        "NegativeReal": -2.5e-10,
        "BigReal": 1e300,
        "WholeReal": 2.0,
        "True": True,
        "False": False,
        "Date": datetime.datetime(2024, 2, 29, 12, 34, 56),
        "PreciseDate": datetime.datetime(2020, 1, 2, 3, 4, 5, 678000),
        "OldDate": datetime.datetime(1900, 1, 1),
        "FarDate": datetime.datetime(4001, 1, 1),
        "Data": bytes(range(256)),
        "EmptyData": b"",
        "Array": [1, "two", [3.0], {}],
        "EmptyArray": [],
        "Dict": {"Nested": {"Deeper": [True]}},
        "EmptyDict": {},
    }


def large_value():
    # Over 255 objects and 64 KiB, so references take 2 bytes and offsets 4.
    return {
        "Items": [{"Index": i, "Name": "Item %d" % i} for i in range(300)],
        "Blob": bytes(i % 251 for i in range(70000)),
    }


def bplist(objects, root=0, ref_size=1, offset_size=1, offsets=None, count=None,
           table_offset=None, tail=b"", declared_offset_size=None):
    """A binary plist from raw object bytes, with every trailer field overridable."""
    out = bytearray(b"bplist00")
    starts = []
    for obj in objects:
        starts.append(len(out))
        out += obj
    if offsets is None:
        offsets = starts
    table = len(out)
    for offset in offsets:
        out += offset.to_bytes(offset_size, "big")
    out += tail
    declared = offset_size if declared_offset_size is None else declared_offset_size
    out += bytes(6) + bytes([declared, ref_size])
    out += (len(objects) if count is None else count).to_bytes(8, "big")
    out += root.to_bytes(8, "big")
    out += (table if table_offset is None else table_offset).to_bytes(8, "big")
    return bytes(out)


def ascii_string(text):
    data = text.encode("ascii")
    assert len(data) < 15
    return bytes([0x50 | len(data)]) + data


def xml(body):
    return XML_HEAD + body + b"\n</plist>\n"


def malformed_xml():
    laughs = b'<!DOCTYPE plist [\n<!ENTITY lol "lol">\n'
    previous = "lol"
    for level in range(1, 10):
        name = "lol%d" % level
        laughs += ('<!ENTITY %s "%s">\n' % (name, ("&%s;" % previous) * 10)).encode()
        previous = name
    laughs += b']>\n<plist version="1.0"><string>&lol9;</string></plist>\n'

    deep = b"<array>" * 100 + b"</array>" * 100
    return {
        "truncated.xml": xml(b"<dict>\n\t<key>a</key>\n\t<string>b</str"),
        "truncated-after-root.xml": XML_HEAD + b"<dict>\n\t<key>a</key>\n\t<true/>\n</dict>\n",
        "bad-base64-characters.xml": xml(b"<data>!!!!</data>"),
        "bad-base64-padding.xml": xml(b"<data>QUJ</data>"),
        "bad-base64-inner-padding.xml": xml(b"<data>QQ==QUJD</data>"),
        "bad-integer.xml": xml(b"<integer>zz</integer>"),
        "integer-with-fraction.xml": xml(b"<integer>1.5</integer>"),
        "integer-above-uint64.xml": xml(b"<integer>18446744073709551616</integer>"),
        "integer-below-int64.xml": xml(b"<integer>-9223372036854775809</integer>"),
        "empty-integer.xml": xml(b"<integer></integer>"),
        "bad-real.xml": xml(b"<real>1.2.3</real>"),
        "real-overflow.xml": xml(b"<real>1e999</real>"),
        "bad-date.xml": xml(b"<date>2020-13-01T00:00:00Z</date>"),
        "date-without-zone.xml": xml(b"<date>2020-01-01T00:00:00</date>"),
        "date-february-30.xml": xml(b"<date>2021-02-30T00:00:00Z</date>"),
        "date-garbage.xml": xml(b"<date>yesterday</date>"),
        "key-without-value.xml": xml(b"<dict>\n\t<key>a</key>\n</dict>"),
        "two-keys-in-a-row.xml": xml(b"<dict><key>a</key><key>b</key><true/></dict>"),
        "value-without-key.xml": xml(b"<dict><string>a</string></dict>"),
        "duplicate-key.xml": xml(b"<dict><key>a</key><true/><key>a</key><false/></dict>"),
        "key-outside-dict.xml": xml(b"<array><key>a</key></array>"),
        "unknown-element.xml": xml(b"<dict><key>a</key><foo/></dict>"),
        "wrong-root.xml": b'<?xml version="1.0" encoding="UTF-8"?>\n<dict><key>a</key><true/></dict>\n',
        "nested-plist.xml": xml(b"<plist><true/></plist>"),
        "mismatched-tags.xml": xml(b"<string>a</integer>"),
        "two-values-in-plist.xml": xml(b"<true/><false/>"),
        "empty-plist.xml": XML_HEAD.replace(b'<plist version="1.0">\n', b'<plist version="1.0"/>\n'),
        "text-in-dict.xml": xml(b"<dict>stray<key>a</key><true/></dict>"),
        "text-in-plist.xml": xml(b"stray<true/>"),
        "element-in-string.xml": xml(b"<string>a<b/>c</string>"),
        "text-in-true.xml": xml(b"<true>yes</true>"),
        "second-root.xml": xml(b"<true/>") + b"<plist><true/></plist>\n",
        "billion-laughs.xml": laughs,
        "external-entity.xml": (b'<!DOCTYPE plist [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
                                b'<plist version="1.0"><string>&xxe;</string></plist>\n'),
        "undeclared-entity.xml": xml(b"<string>&secret;</string>"),
        "invalid-utf8.xml": xml(b"<string>\xff\xfe</string>"),
        "overlong-utf8.xml": xml(b"<string>\xc0\xaf</string>"),
        "utf8-surrogate.xml": xml(b"<string>\xed\xa0\x80</string>"),
        "utf16-document.xml": ('<?xml version="1.0" encoding="UTF-16"?>\n'
                               '<plist version="1.0"><true/></plist>\n').encode("utf-16"),
        "latin1-declaration.xml": (b'<?xml version="1.0" encoding="ISO-8859-1"?>\n'
                                   b'<plist version="1.0"><string>\xe9</string></plist>\n'),
        "latin1-declaration-ascii.xml": (b'<?xml version="1.0" encoding="ISO-8859-1"?>\n'
                                         b'<plist version="1.0"><string>e</string></plist>\n'),
        "control-character.xml": xml(b"<string>a\x01b</string>"),
        "control-character-reference.xml": xml(b"<string>a&#1;b</string>"),
        "nul-reference.xml": xml(b"<string>a&#0;b</string>"),
        "processing-instruction.xml": xml(b"<array><?evil data?></array>"),
        "too-deep.xml": xml(deep),
        "json.txt": b'{"MessageType": "Authenticate"}\n',
        "openstep.txt": b'{ MessageType = Authenticate; }\n',
        "empty.xml": b"",
        "whitespace-only.xml": b"  \n\t ",
    }


def malformed_binary():
    valid = plistlib.dumps(types_value(), fmt=plistlib.FMT_BINARY)
    rng = random.Random(20261127)
    nan = struct.pack(">d", float("nan"))
    laughs = [bytes([0xA2, i + 1, i + 1]) for i in range(40)] + [ascii_string("lol")]
    deep = [bytes([0xA1, i + 1]) for i in range(99)] + [bytes([0xA0])]
    return {
        "bin-truncated.bin": valid[: len(valid) // 2],
        "bin-truncated-trailer.bin": valid[:-1],
        "bin-header-only.bin": b"bplist00",
        "bin-version-01.bin": b"bplist01" + valid[8:],
        "bin-zero-offset-size.bin": bplist([b"\x09"], declared_offset_size=0),
        "bin-ref-size-9.bin": bplist([b"\x09"], ref_size=9),
        "bin-table-past-end.bin": bplist([b"\x09"], table_offset=2**40),
        "bin-table-in-header.bin": bplist([b"\x09"], table_offset=3),
        "bin-table-gap.bin": bplist([b"\x09"], tail=b"\x00\x00"),
        "bin-zero-objects.bin": bplist([b"\x09", b"\x08"], count=0, offsets=[]),
        "bin-huge-object-count.bin": bplist([b"\x09"], count=2**62),
        "bin-root-out-of-range.bin": bplist([b"\x09"], root=5),
        "bin-offset-in-header.bin": bplist([b"\x09"], offsets=[2]),
        "bin-offset-in-table.bin": bplist([b"\x09"], offsets=[9]),
        "bin-ref-out-of-range.bin": bplist([b"\xA1\x07", b"\x09"]),
        "bin-self-cycle.bin": bplist([b"\xA1\x00"]),
        "bin-indirect-cycle.bin": bplist([b"\xA1\x01", b"\xD1\x02\x00", ascii_string("k")]),
        "bin-dict-key-not-string.bin": bplist([b"\xD1\x01\x02", b"\x10\x01", b"\x10\x02"]),
        "bin-duplicate-keys.bin": bplist([b"\xD2\x01\x01\x02\x03", ascii_string("a"),
                                          b"\x10\x01", b"\x10\x02"]),
        "bin-bad-int-size.bin": bplist([b"\x15" + bytes(32)]),
        "bin-int-beyond-64-bits.bin": bplist([b"\x14" + (1).to_bytes(8, "big") + bytes(8)]),
        "bin-int-truncated.bin": bplist([b"\x13\x01\x02"]),
        "bin-lone-surrogate.bin": bplist([b"\x61\xd8\x00"]),
        "bin-reversed-surrogates.bin": bplist([b"\x62\xdc\x00\xd8\x00"]),
        "bin-invalid-utf8.bin": bplist([b"\x52\xff\xfe"]),
        "bin-nul-in-string.bin": bplist([b"\x53a\x00b"]),
        "bin-nul-in-utf16.bin": bplist([b"\x61\x00\x00"]),
        "bin-null-object.bin": bplist([b"\x00"]),
        "bin-fill-object.bin": bplist([b"\x0f"]),
        "bin-set.bin": bplist([b"\xC1\x01", b"\x09"]),
        "bin-type-7.bin": bplist([b"\x70"]),
        "bin-string-length-overflow.bin": bplist([b"\x5f\x13" + b"\xff" * 8 + b"abc"]),
        "bin-array-count-overflow.bin": bplist([b"\xaf\x13\x7f" + b"\xff" * 7 + b"\x00"]),
        "bin-length-not-integer.bin": bplist([b"\x5f\x51a" + b"abc"]),
        "bin-data-past-end.bin": bplist([b"\x4f\x10\xff" + bytes(4)]),
        "bin-date-nan.bin": bplist([b"\x33" + nan]),
        "bin-date-far-beyond.bin": bplist([b"\x33" + struct.pack(">d", 1e300)]),
        "bin-date-bad-size.bin": bplist([b"\x32" + bytes(4)]),
        "bin-real-bad-size.bin": bplist([b"\x21" + bytes(2)]),
        "bin-uid-too-wide.bin": bplist([b"\x89" + bytes(10)]),
        "bin-uid-beyond-32-bits.bin": plistlib.dumps(plistlib.UID(2**40), fmt=plistlib.FMT_BINARY),
        "bin-billion-laughs.bin": bplist(laughs),
        "bin-too-deep.bin": bplist(deep),
        "bin-random-after-header.bin": b"bplist00" + bytes(rng.randrange(256) for _ in range(300)),
        "random.bin": bytes([0x9c]) + bytes(rng.randrange(256) for _ in range(511)),
    }


def main():
    PYTHON.mkdir(exist_ok=True)
    MALFORMED.mkdir(exist_ok=True)
    types = types_value()
    (PYTHON / "types.xml").write_bytes(plistlib.dumps(types, fmt=plistlib.FMT_XML))
    (PYTHON / "types.bin").write_bytes(plistlib.dumps(types, fmt=plistlib.FMT_BINARY))
    uids = {"Ref": plistlib.UID(1), "Big": plistlib.UID(70000), "Max": plistlib.UID(2**32 - 1)}
    (PYTHON / "uids.bin").write_bytes(plistlib.dumps(uids, fmt=plistlib.FMT_BINARY))
    (PYTHON / "large.bin").write_bytes(plistlib.dumps(large_value(), fmt=plistlib.FMT_BINARY))
    for name, data in {**malformed_xml(), **malformed_binary()}.items():
        (MALFORMED / name).write_bytes(data)


if __name__ == "__main__":
    main()
