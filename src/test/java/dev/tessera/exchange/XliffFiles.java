package dev.tessera.exchange;

import dev.tessera.support.Fixtures.Account;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An exported XLIFF file as a translator's CAT tool would change it: targets typed (inline
 * tags as XLIFF markup) and states set, unit by unit, in either version; then sent back.
 */
final class XliffFiles {

    private final Document document;
    private final boolean v2;

    private XliffFiles(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        v2 = "2.0".equals(document.getDocumentElement().getAttribute("version"));
    }

    static byte[] export(Account who, long articleId, String lang, String version) {
        return who.request().get("/api/articles/" + articleId + "/xliff?lang=" + lang + "&version=" + version)
                .then().statusCode(200).extract().asByteArray();
    }

    static XliffFiles of(byte[] bytes) {
        return new XliffFiles(bytes);
    }

    static Response upload(Account who, long articleId, byte[] bytes) {
        return who.request().multiPart("file", "work.xlf", bytes, "application/xliff+xml")
                .post("/api/articles/" + articleId + "/xliff");
    }

    /** The ids of the units in file order ({@code tu1:0}, …). */
    List<String> ids() {
        NodeList units = document.getElementsByTagNameNS("*", v2 ? "segment" : "trans-unit");
        java.util.ArrayList<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < units.getLength(); i++) {
            Element unit = (Element) units.item(i);
            ids.add(v2 ? ((Element) unit.getParentNode()).getAttribute("id") + ":" + unit.getAttribute("id").substring(1)
                    : unit.getAttribute("id"));
        }
        return ids;
    }

    /** Sets the target of the {@code index}-th unit to {@code xml} (XLIFF inline markup allowed) and its state. */
    XliffFiles translate(int index, String xml, String state) {
        Element unit = unit(index);
        Element target = child(unit, "target");
        if (target == null) {
            target = document.createElementNS(document.getDocumentElement().getNamespaceURI(), "target");
            unit.appendChild(target);
        }
        while (target.getFirstChild() != null) {
            target.removeChild(target.getFirstChild());
        }
        Element parsed = parse("<t xmlns=\"" + document.getDocumentElement().getNamespaceURI() + "\">" + xml + "</t>");
        for (Node n = parsed.getFirstChild(); n != null; n = n.getNextSibling()) {
            target.appendChild(document.importNode(n, true));
        }
        return state(index, state);
    }

    /** Sets the target of the {@code index}-th unit to {@code prefix} + a copy of its source (inline codes included). */
    XliffFiles copySourceToTarget(int index, String prefix, String state) {
        Element unit = unit(index);
        Element source = child(unit, "source");
        Element target = child(unit, "target");
        if (target == null) {
            target = document.createElementNS(document.getDocumentElement().getNamespaceURI(), "target");
            unit.appendChild(target);
        }
        while (target.getFirstChild() != null) {
            target.removeChild(target.getFirstChild());
        }
        target.appendChild(document.createTextNode(prefix));
        for (Node n = source.getFirstChild(); n != null; n = n.getNextSibling()) {
            target.appendChild(n.cloneNode(true));
        }
        return state(index, state);
    }

    XliffFiles state(int index, String state) {
        Element unit = unit(index);
        (v2 ? unit : child(unit, "target")).setAttribute("state", state);
        return this;
    }

    /** The state written for the {@code index}-th unit. */
    String stateOf(int index) {
        Element unit = unit(index);
        return (v2 ? unit : child(unit, "target")).getAttribute("state");
    }

    /** The kept Tessera status of the {@code index}-th unit. */
    String statusOf(int index) {
        Element unit = unit(index);
        return v2 ? unit.getAttribute("subState") : unit.getAttributeNS("urn:tessera:xliff:1", "status");
    }

    /** XLIFF 1.2: gives the {@code index}-th trans-unit another id. */
    XliffFiles renameUnit(int index, String id) {
        unit(index).setAttribute("id", id);
        return this;
    }

    /** XLIFF 1.2: drops one of Tessera's attributes from the {@code index}-th trans-unit, as some tools do. */
    XliffFiles dropTesseraAttribute(int index, String name) {
        unit(index).removeAttributeNS("urn:tessera:xliff:1", name);
        return this;
    }

    /** Changes an attribute of the root's {@code file} element (e.g. {@code target-language}). */
    XliffFiles fileAttribute(String name, String value) {
        Element file = (Element) document.getElementsByTagNameNS("*", "file").item(0);
        (v2 ? document.getDocumentElement() : file).setAttribute(name, value);
        return this;
    }

    byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    private Element unit(int index) {
        return (Element) document.getElementsByTagNameNS("*", v2 ? "segment" : "trans-unit").item(index);
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static Element parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
