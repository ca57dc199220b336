"""Iris classifier: train a scikit-learn model in the browser, tune it, and classify a flower."""

import pandas as pd
import streamlit as st
from sklearn.datasets import load_iris
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, confusion_matrix
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

st.set_page_config(page_title="Iris classifier", page_icon="🌸", layout="wide")


@st.cache_data
def load() -> tuple[pd.DataFrame, list[str]]:
    iris = load_iris(as_frame=True)
    frame = iris.frame.rename(columns=lambda c: c.replace(" (cm)", "").replace(" ", "_"))
    frame["species"] = frame["target"].map(dict(enumerate(iris.target_names)))
    return frame.drop(columns="target"), list(iris.target_names)


@st.cache_resource
def train(kind: str, size: int, test_share: float):
    features = data.drop(columns="species")
    x_train, x_test, y_train, y_test = train_test_split(
        features, data["species"], test_size=test_share, random_state=0, stratify=data["species"])
    if kind == "Random forest":
        model = RandomForestClassifier(n_estimators=size, random_state=0)
    else:
        model = KNeighborsClassifier(n_neighbors=size)
    model.fit(x_train, y_train)
    predicted = model.predict(x_test)
    return model, accuracy_score(y_test, predicted), confusion_matrix(y_test, predicted, labels=species), len(x_test)


data, species = load()
FEATURES = [c for c in data.columns if c != "species"]

st.title("🌸 Iris classifier")
st.caption(f"{len(data)} flowers of {len(species)} species, measured in centimetres. The model trains in your browser.")

with st.sidebar:
    st.header("Model")
    kind = st.radio("Algorithm", ["Random forest", "Nearest neighbours"])
    if kind == "Random forest":
        size = st.slider("Trees", 1, 100, 25)
    else:
        size = st.slider("Neighbours", 1, 25, 5)
    test_share = st.select_slider("Test share", [0.2, 0.3, 0.4, 0.5], value=0.3, format_func=lambda s: f"{s:.0%}")

model, accuracy, matrix, tested = train(kind, size, test_share)
left, right = st.columns([2, 3])
with left:
    st.metric("Test accuracy", f"{accuracy:.1%}", help=f"On {tested} flowers held out from training.")
    st.write(f"**{kind}** · {size} {'trees' if kind == 'Random forest' else 'neighbours'} · tested on {tested}")
    st.table(pd.DataFrame(matrix, index=species, columns=species))
    st.caption("Confusion matrix: rows are the true species, columns the predicted ones.")
with right:
    st.scatter_chart(data, x="petal_length", y="petal_width", color="species", height=320)

st.subheader("Classify a flower")
with st.form("flower"):
    cols = st.columns(4)
    measured = {
        feature: cols[i].number_input(feature.replace("_", " ").capitalize(), 0.0, 10.0,
                                      float(round(data[feature].median(), 1)), step=0.1, format="%.1f")
        for i, feature in enumerate(FEATURES)
    }
    classify = st.form_submit_button("Classify", type="primary")

sample = pd.DataFrame([measured])
probabilities = pd.Series(model.predict_proba(sample)[0], index=model.classes_)
best = probabilities.idxmax()
st.success(f"Predicted: **{best}** ({probabilities[best]:.0%} sure)", icon="🌼")
st.bar_chart(probabilities.rename("probability"), horizontal=True, height=160)
