//! Bad input ends in a message naming file, line, column and key, and exit status 2.

use crate::support::{run, temp_dir_with};

const HEAD: &str = "title = \"T\"\ncurrency = \"EUR\"\nrules = \"fr-cpc\"\n[order]\ndecided = 2022-10-17\ncomply_within = \"2 months\"\n";

/// (name, file text, expected "line:column", expected key, words the message must contain)
const CASES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "unknown key",
        "[penalty]\namout = 100\n",
        "8:1",
        "penalty.amout",
        "did you mean `amount`",
    ),
    (
        "float",
        "[penalty]\namount = 100.10\n",
        "8:10",
        "penalty.amount",
        "amount = \"100.10\"",
    ),
    (
        "wrong type",
        "[penalty]\namount = true\n",
        "8:10",
        "penalty.amount",
        "expected an amount",
    ),
    (
        "impossible date",
        "[penalty]\namount = 1\nfrom = 2023-02-30\n",
        "9:8",
        "penalty.from",
        "invalid date",
    ),
    (
        "quoted date",
        "[penalty]\namount = 1\nfrom = \"2023-02-01\"\n",
        "9:8",
        "penalty.from",
        "remove the quotes",
    ),
    (
        "negative amount",
        "[penalty]\namount = -5\n",
        "8:10",
        "penalty.amount",
        "above zero",
    ),
    (
        "through before from",
        "[penalty]\namount = 1\n[[liquidation]]\nfrom = 2023-01-10\nthrough = 2023-01-01\n",
        "11:11",
        "liquidation[1].through",
        "ends (2023-01-01) before it starts",
    ),
    (
        "through and until",
        "[penalty]\namount = 1\n[[liquidation]]\nthrough = 2023-01-10\nuntil = 2023-01-11\n",
        "11:9",
        "liquidation[1].until",
        "not both",
    ),
];

#[test]
fn each_bad_input_names_its_position_and_key() {
    for (name, tail, position, key, words) in CASES {
        let dir = temp_dir_with(&[("case.toml", &format!("{HEAD}{tail}"))]);
        let path = dir.path().join("case.toml");
        let path = path.to_str().unwrap();
        let (code, _, err) = run(&["compute", path, "--as-of", "2023-05-01"]);
        assert_eq!(code, 2, "{name}: {err}");
        assert!(err.contains(&format!("{path}:{position}: `{key}`")), "{name}: {err}");
        assert!(err.contains(words), "{name}: {err}");
    }
}

#[test]
fn missing_title_currency_unknown_rules_and_calendar() {
    let cases = [
        ("currency = \"EUR\"\n", "1:1", "title", "missing"),
        ("title = \"T\"\n", "1:1", "currency", "missing"),
        (
            "title = \"T\"\ncurrency = \"EUR\"\nrules = \"fr-cp\"\n[order]\ndecided = 2022-10-17\ncomply_within = \"2 months\"\n[penalty]\namount = 1\n",
            "3:9",
            "rules",
            "did you mean `fr-cpc`",
        ),
        (
            "title = \"T\"\ncurrency = \"EUR\"\nrules = \"fr-cpc\"\ncalendar = \"XX\"\n[order]\ndecided = 2022-10-17\ncomply_within = \"2 months\"\n[penalty]\namount = 1\n",
            "4:12",
            "calendar",
            "expected one of",
        ),
        (
            "title = \"T\"\ncurrency = \"EUR\"\nrules = \"fr-cpc\"\n[order]\ndecided = 2022-10-17\ncomply_within = \"2 monhts\"\n[penalty]\namount = 1\n",
            "6:17",
            "order.comply_within",
            "did you mean `months`",
        ),
    ];
    for (text, position, key, words) in cases {
        let dir = temp_dir_with(&[("c.toml", text)]);
        let path = dir.path().join("c.toml");
        let path = path.to_str().unwrap();
        let (code, _, err) = run(&["compute", path]);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains(&format!("{path}:{position}: `{key}`")), "{err}");
        assert!(err.contains(words), "{err}");
    }
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["compute"]).0, 2);
    assert_eq!(run(&["frobnicate"]).0, 2);
    let (code, _, err) = run(&["compute", "examples", "--as-of", "2023-02-30"]);
    assert_eq!(code, 2);
    assert!(err.contains("YYYY-MM-DD"), "{err}");
}

#[test]
fn overlapping_liquidations_are_refused() {
    let text = format!(
        "{HEAD}[penalty]\namount = 1\n[[liquidation]]\nthrough = 2023-01-31\n[[liquidation]]\nfrom = 2023-01-15\nthrough = 2023-02-28\n"
    );
    let dir = temp_dir_with(&[("c.toml", &text)]);
    let (code, _, err) = run(&[
        "compute",
        dir.path().join("c.toml").to_str().unwrap(),
        "--as-of",
        "2023-05-01",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("liquidation[2].from") && err.contains("must not overlap"),
        "{err}"
    );
}
