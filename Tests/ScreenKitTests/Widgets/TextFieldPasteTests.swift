import Foundation
import ScreenKit
import Testing

/// A field takes what fits of a very long paste, in time linear in the paste.
@Suite("A text field and a very long paste")
struct TextFieldPasteTests {
    @Test("50,000 characters pasted at once are cut to the field's 40 at once")
    func pasteAtOnce() {
        var field = TextField(maxLength: 40)
        let started = Date()
        #expect(field.insert(String(repeating: "张", count: 50_000)) == 40)
        #expect(field.length == 40 && field.caret == 40)
        #expect(Date().timeIntervalSince(started) < 2)
    }

    @Test("50,000 characters typed one by one into a full field cost no more than the first 40")
    func keyByKey() {
        var field = TextField(maxLength: 40)
        let started = Date()
        var taken = 0
        for _ in 0..<50_000 where field.insert("张" as Character) { taken += 1 }
        #expect(taken == 40 && field.length == 40)
        #expect(Date().timeIntervalSince(started) < 2)
    }
}
