import Foundation
import Testing
@testable import StakeholderExtraction

@Suite struct HTMLReadingTests {
    func read(_ html: String, path: String = "x/page.html") -> Document? {
        DocumentReader().document(data: Data(html.utf8), path: path).document
    }

    @Test func bodyTextWithEntitiesDecodedAndScriptsDropped() throws {
        let html = """
            <!DOCTYPE html><html><head><title>Mineros &amp; Estado</title>
            <meta property="article:published_time" content="2026-03-05T10:00:00-05:00">
            <script>document.write("<p>El ministro</p>")</script><style>p { color: red }</style></head>
            <body><nav>Inicio</nav><!-- <p>comentario</p> -->
            <p>El ministro se reuni&oacute; con la Federaci&#243;n Minera&nbsp;del&#xA0;Sur.</p>
            <div>Los dirigentes exigieron &ldquo;di&aacute;logo&rdquo; &#8212; y m&aacute;s.</div>
            <noscript><p>Active JavaScript</p></noscript><template><p>plantilla</p></template>
            <SCRIPT type="text/javascript">var x = "</scr" + "ipt>";</SCRIPT>
            </body></html>
            """
        let document = try #require(read(html))
        #expect(document.text == """
            Inicio
            El ministro se reunió con la Federación Minera del Sur.
            Los dirigentes exigieron “diálogo” — y más.
            """)
        #expect(document.title == "Mineros & Estado")
        #expect(document.date == "2026-03-05")
        #expect(document.id == "page")
    }

    @Test func blockElementsKeepSentencesApartAndInlineOnesDoNot() throws {
        let document = try #require(read("<h1>Paro minero</h1><p>Primera frase<br>segunda <b>frase</b><i>junta</i></p><ul><li>uno</li><li>dos</li></ul>"))
        #expect(document.text == "Paro minero\nPrimera frase\nsegunda frasejunta\nuno\ndos")
    }

    @Test(arguments: [
        ("&amp;&lt;&gt;&quot;&apos;", "&<>\"'"),
        ("&#233;&#xE9;&#XE9;&eacute;", "éééé"),
        ("&copy 2026 &amp x", "© 2026 & x"),
        ("&#150;&#x93;", "\u{2013}\u{201C}"),
        ("&#0;&#xD800;&#99999999;", "\u{FFFD}\u{FFFD}\u{FFFD}"),
        ("&unknown; & &#; &#x;", "&unknown; & &#; &#x;"),
        ("AT&T y P&G", "AT&T y P&G"),
    ])
    func characterReferences(_ html: String, _ text: String) throws {
        #expect(HTMLText(html: "<p>\(html)</p>").text == text)
    }

    @Test func preformattedTextKeepsItsLines() {
        #expect(HTMLText(html: "<pre>a  b\nc</pre><p>d   e</p>").text == "a  b\nc\nd e")
    }

    @Test func attributesMayHoldAngleBracketsAndMarkupMayBeBroken() {
        #expect(HTMLText(html: #"<a title="x > y" href='<p>'>enlace</a> fin"#).text == "enlace fin")
        #expect(HTMLText(html: "texto <p class=\"sin cerrar").text == "texto")
        #expect(HTMLText(html: "a < b y c > d <3").text == "a < b y c > d <3")
        #expect(HTMLText(html: "<script>nunca cerrado <p>hola</p>").text == "")
        #expect(HTMLText(html: "<!-- sin cerrar <p>hola</p>").text == "")
        #expect(HTMLText(html: "<").text == "<")
        #expect(HTMLText(html: "&").text == "&")
    }

    @Test func titleIsTextEvenWhenItHoldsTags() {
        #expect(HTMLText(html: "<title>a <b>negrita</b> &amp; <title>b</title><p>Texto</p>").title == "a <b>negrita</b> & <title>b")
        let nested = String(repeating: "<title>", count: 20_000)
        let title = HTMLText(html: nested + "x").title ?? ""
        #expect(title.count == 200 && title.hasPrefix("<title><title>"))
    }

    @Test func textOutsideABodyIsReadAndHeadIsNot() {
        #expect(HTMLText(html: "<head><meta charset=utf-8><title>T</title></head>Hola <em>mundo</em>").text == "Hola mundo")
        #expect(HTMLText(html: "Solo texto").text == "Solo texto")
    }

    @Test func timeElementGivesTheDateWhenNoMetaDoes() {
        #expect(HTMLText(html: #"<p>Lima, <time datetime="2026-02-28">ayer</time></p>"#).date == "2026-02-28")
        #expect(HTMLText(html: #"<time datetime="hoy">ayer</time>"#).date == nil)
    }

    @Test func latin1PageIsReadAsItDeclares() throws {
        var bytes = Data(#"<html><head><meta charset="iso-8859-1"></head><body><p>Reuni"#.utf8)
        bytes.append(0xF3) // ó in Latin-1
        bytes.append(Data("n con la comunidad.</p></body></html>".utf8))
        let (document, notes) = DocumentReader().document(data: bytes, path: "x/latin.htm")
        #expect(document?.text == "Reunión con la comunidad.")
        #expect(notes.count == 1 && !notes[0].skipped)
    }

    @Test func pageWithoutTextIsSkipped() {
        let (document, notes) = DocumentReader().document(data: Data("<html><script>x()</script></html>".utf8), path: "x/e.html")
        #expect(document == nil)
        #expect(notes.first?.skipped == true)
    }

    @Test func titleFallsBackToTheFirstHeadlineLine() throws {
        let document = try #require(read("<p>Mineros marchan hacia el Congreso por la formalización</p><p>Texto.</p>"))
        #expect(document.title == "Mineros marchan hacia el Congreso por la formalización")
    }
}
