package dev.tessera.document;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.lib.xliff2.core.CTag;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.MidFileData;
import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.StartFileData;
import net.sf.okapi.lib.xliff2.core.TagType;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.metadata.IMetadataItem;
import net.sf.okapi.lib.xliff2.metadata.Meta;
import net.sf.okapi.lib.xliff2.metadata.MetaGroup;
import net.sf.okapi.lib.xliff2.metadata.Metadata;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;

/**
 * XLIFF 2.0 through Okapi's XLIFF 2 library: one {@code unit} per text unit, one
 * {@code segment} per Tessera segment, inline codes as {@code pc}/{@code ph}/{@code sc}/{@code ec}
 * with their original data, the status as {@code state} plus {@code subState}
 * {@code tessera:<STATUS>}, and each segment's source hash and version in a metadata group
 * (category {@code tessera}). Reading runs the library's full validation.
 */
final class Xliff20Codec implements XliffCodec {

    static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
    private static final String CATEGORY = "tessera";
    private static final String SUBSTATE_PREFIX = "tessera:";

    @Override
    public void write(XliffFile file, OutputStream out) {
        try (XLIFFWriter writer = new XLIFFWriter()) {
            writer.setWithOriginalData(true);
            writer.setUseIndentation(true);
            writer.create(new OutputStreamWriter(out, StandardCharsets.UTF_8), file.sourceLang(), file.targetLang());
            StartFileData start = new StartFileData("article-" + file.articleId());
            start.setOriginal(file.original());
            writer.writeStartFile(start);
            MidFileData mid = new MidFileData();
            mid.setMetadata(metadata(group(new Meta("article", Long.toString(file.articleId())))));
            writer.writeMidFile(mid);
            Unit unit = null;
            for (XliffSegment segment : file.segments()) {
                if (unit == null || !unit.getId().equals(segment.unitId())) {
                    if (unit != null) {
                        writer.writeUnit(unit);
                    }
                    unit = new Unit(segment.unitId());
                    unit.setMetadata(new Metadata());
                }
                append(unit, segment);
            }
            if (unit != null) {
                writer.writeUnit(unit);
            }
            writer.writeEndFile();
            writer.writeEndDocument();
        }
    }

    private static void append(Unit unit, XliffSegment segment) {
        String id = "s" + segment.segmentId();
        Segment part = unit.appendSegment();
        part.setId(id);
        fill(part.getSource(), segment.source());
        part.setState(TargetState.fromString(segment.state()));
        part.setSubState(SUBSTATE_PREFIX + segment.status());
        if (segment.target() != null) {
            part.setTarget("");
            fill(part.getTarget(), content(segment.target(), segment.source()));
        }
        unit.getMetadata().addGroup(group(new Meta("segment", id), new Meta("sourceHash", segment.sourceHash()),
                new Meta("version", Integer.toString(segment.version()))));
        for (String text : segment.notes()) {
            Note note = new Note(text);
            note.setCategory(id);
            unit.addNote(note);
        }
    }

    private static SegmentContent content(String notation, SegmentContent source) {
        return Fragments.content(Fragments.ofNotation(notation, source));
    }

    private static void fill(Fragment out, SegmentContent content) {
        String text = content.codedText();
        List<Code> codes = content.codes().isEmpty() ? List.of() : Code.stringToCodes(content.codes());
        int from = 0;
        for (CodeMarkers.Marker marker : CodeMarkers.of(content)) {
            out.append(text.substring(from, marker.offset()));
            Code code = codes.get(TextFragment.toIndex(marker.index()));
            String id = Integer.toString(marker.id());
            String data = code.getData();
            switch (marker.kind()) {
                case OPENING -> out.openCodeSpan(id, data);
                case CLOSING -> out.closeCodeSpan(id, data);
                case PLACEHOLDER -> out.appendCode(id, data);
                case ISOLATED_OPENING -> out.append(TagType.OPENING, id, data, false);
                case ISOLATED_CLOSING -> out.append(TagType.CLOSING, id, data, false);
            }
            from = marker.offset() + 2;
        }
        out.append(text.substring(from));
    }

    private static MetaGroup group(Meta... items) {
        MetaGroup group = new MetaGroup();
        group.setCategory(CATEGORY);
        for (Meta item : items) {
            group.add(item);
        }
        return group;
    }

    private static Metadata metadata(MetaGroup group) {
        Metadata metadata = new Metadata();
        metadata.addGroup(group);
        return metadata;
    }

    @Override
    public XliffContent read(byte[] bytes) {
        String sourceLang = null;
        String targetLang = null;
        Long articleId = null;
        List<XliffUnit> units = new ArrayList<>();
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(new ByteArrayInputStream(bytes));
            while (reader.hasNext()) {
                Event event = reader.next();
                if (event.isStartXliff()) {
                    sourceLang = event.getStartXliffData().getSourceLanguage();
                    targetLang = event.getStartXliffData().getTargetLanguage();
                } else if (event.isMidFile() && event.getMidFileData().hasMetadata() && articleId == null) {
                    articleId = XliffXml.articleId(metas(event.getMidFileData().getMetadata()).get(0).get("article"));
                } else if (event.isUnit()) {
                    units(event.getUnit(), units);
                }
            }
        } catch (RuntimeException e) {
            throw XliffXml.malformed(e);
        }
        return new XliffContent(XliffVersion.V2_0, articleId, sourceLang, targetLang, units);
    }

    private static void units(Unit unit, List<XliffUnit> out) {
        Map<String, Map<String, String>> bySegment = new HashMap<>();
        if (unit.hasMetadata()) {
            for (Map<String, String> group : metas(unit.getMetadata())) {
                bySegment.put(group.get("segment"), group);
            }
        }
        for (Segment segment : unit.getSegments()) {
            String id = segment.getId();
            Map<String, String> meta = bySegment.getOrDefault(id, Map.of());
            String notation = null;
            List<String> problems = List.of();
            if (segment.hasTarget()) {
                TagNotation.Result result = notation(segment.getTarget());
                notation = result.notation();
                problems = result.problems();
            }
            String subState = segment.getSubState();
            String status = subState != null && subState.startsWith(SUBSTATE_PREFIX)
                    ? subState.substring(SUBSTATE_PREFIX.length()) : null;
            String segmentId = id != null && id.startsWith("s") ? id.substring(1) : String.valueOf(id);
            out.add(new XliffUnit(unit.getId(), segmentId, notation, problems,
                    segment.getState() == null ? null : segment.getState().toString(), status,
                    meta.get("sourceHash"), XliffXml.version(meta.get("version"))));
        }
    }

    private static TagNotation.Result notation(Fragment fragment) {
        TagNotation notation = new TagNotation();
        for (Object piece : fragment) {
            if (piece instanceof CharSequence text) {
                notation.text(text);
            } else if (piece instanceof CTag tag) {
                notation.tag(switch (tag.getTagType()) {
                    case OPENING -> TagNotation.Shape.OPENING;
                    case CLOSING -> TagNotation.Shape.CLOSING;
                    case STANDALONE -> TagNotation.Shape.STANDALONE;
                }, tag.getId());
            }
        }
        return notation.build();
    }

    /** The Tessera metadata groups, each as type → value. */
    private static List<Map<String, String>> metas(Metadata metadata) {
        List<Map<String, String>> groups = new ArrayList<>();
        for (MetaGroup group : metadata) {
            if (!CATEGORY.equals(group.getCategory())) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (IMetadataItem item : group) {
                if (item instanceof Meta meta) {
                    values.put(meta.getType(), meta.getData());
                }
            }
            groups.add(values);
        }
        if (groups.isEmpty()) {
            groups.add(Map.of());
        }
        return groups;
    }

    /** Okapi's XLIFF 2 validation of a file; throws {@code MALFORMED} with the first issue. */
    static void validate(byte[] bytes) {
        try {
            XLIFFReader.validate(new ByteArrayInputStream(bytes), null);
        } catch (RuntimeException e) {
            throw XliffXml.malformed(e);
        }
    }

}
