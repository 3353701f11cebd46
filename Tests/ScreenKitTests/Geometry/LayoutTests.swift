import ScreenKit
import Testing

@Suite("Layout")
struct LayoutTests {
    let screen = Rect(size: Size(columns: 80, rows: 24))

    @Test("Insetting shrinks every side and never goes negative")
    func inset() {
        #expect(screen.inset(by: 1) == Rect(x: 1, y: 1, width: 78, height: 22))
        #expect(Rect(x: 0, y: 0, width: 3, height: 3).inset(by: 5).width >= 0)
    }

    @Test("Splitting top and bottom bands covers the rectangle exactly")
    func splits() {
        let (top, rest) = screen.splitTop(2)
        let (body, bottom) = rest.splitBottom(1)
        #expect(top == Rect(x: 0, y: 0, width: 80, height: 2))
        #expect(body == Rect(x: 0, y: 2, width: 80, height: 21))
        #expect(bottom == Rect(x: 0, y: 23, width: 80, height: 1))
        let (left, right) = screen.splitLeft(30)
        #expect(left.width + right.width == 80 && right.x == 30)
        #expect(screen.splitRight(100).right == screen)
    }

    @Test("Rows and columns lay bands one after another, cutting the last short")
    func bands() {
        let r = Rect(x: 0, y: 0, width: 10, height: 5)
        #expect(r.rows([2, 2, 2]).map(\.height) == [2, 2, 1])
        #expect(r.columns([4, 4, 4]).map(\.x) == [0, 4, 8])
        #expect(r.columns([4, 4, 4]).map(\.width) == [4, 4, 2])
    }

    @Test("Centring places a smaller rectangle in the middle and clips a larger one")
    func centred() {
        #expect(screen.centred(Size(columns: 40, rows: 10)) == Rect(x: 20, y: 7, width: 40, height: 10))
        #expect(
            Rect(x: 0, y: 0, width: 10, height: 4).centred(Size(columns: 40, rows: 10))
                == Rect(x: 0, y: 0, width: 10, height: 4))
    }

    @Test("Intersection is empty when rectangles do not meet")
    func intersection() {
        let a = Rect(x: 0, y: 0, width: 5, height: 5)
        #expect(a.intersection(Rect(x: 3, y: 3, width: 5, height: 5)) == Rect(x: 3, y: 3, width: 2, height: 2))
        #expect(a.intersection(Rect(x: 9, y: 9, width: 1, height: 1)).isEmpty)
    }
}
