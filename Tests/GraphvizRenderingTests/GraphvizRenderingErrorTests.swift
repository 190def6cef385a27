import Testing
@testable import GraphvizRendering

@Suite struct GraphvizRenderingErrorTests {
    @Test func graphvizMessagesAreKept() {
        #expect(GraphvizRenderingError.graphviz(stage: "layout", message: "syntax error in line 3\n").description
                == "Graphviz layout failed: syntax error in line 3")
    }
}
