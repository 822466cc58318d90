import "../styles/assets.css";
